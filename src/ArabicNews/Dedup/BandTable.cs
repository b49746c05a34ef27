namespace ArabicNews.Dedup;

/// <summary>
/// One LSH band of an in-memory index: a band key to the first document of its chain, in an open-addressing
/// table of parallel arrays (linear probing, backward-shift deletion), 8 bytes a slot. Dictionary&lt;uint, int&gt;
/// would take 20 to 40 bytes an entry, and the index keeps 17 bands a document by default.
/// </summary>
internal sealed class BandTable
{
    private uint[] _keys = new uint[16];
    private int[] _heads = new int[16];
    private int _count;

    /// <summary>Gets the bytes the table holds.</summary>
    public long Bytes => (long)_keys.Length * (sizeof(uint) + sizeof(int));

    /// <summary>The first document of a key's chain, or -1.</summary>
    public int Head(uint key)
    {
        key = key == 0 ? 1 : key;
        int mask = _keys.Length - 1;
        for (int i = (int)(Spread(key) & (uint)mask); ; i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                return _heads[i];
            }

            if (_keys[i] == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Sets the first document of a key's chain; -1 removes the key.</summary>
    public void SetHead(uint key, int head)
    {
        key = key == 0 ? 1 : key;
        if (head < 0)
        {
            Remove(key);
            return;
        }

        if ((_count + 1) * 4 > _keys.Length * 3)
        {
            Grow();
        }

        int mask = _keys.Length - 1;
        int i = (int)(Spread(key) & (uint)mask);
        while (_keys[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & mask;
        }

        if (_keys[i] == 0)
        {
            _keys[i] = key;
            _count++;
        }

        _heads[i] = head;
    }

    private void Remove(uint key)
    {
        int mask = _keys.Length - 1;
        int i = (int)(Spread(key) & (uint)mask);
        while (_keys[i] != key)
        {
            if (_keys[i] == 0)
            {
                return;
            }

            i = (i + 1) & mask;
        }

        // Backward-shift deletion: move later entries of the probe run into the hole when their home allows.
        int hole = i;
        for (int j = (hole + 1) & mask; _keys[j] != 0; j = (j + 1) & mask)
        {
            int home = (int)(Spread(_keys[j]) & (uint)mask);
            if (((j - home) & mask) >= ((j - hole) & mask))
            {
                _keys[hole] = _keys[j];
                _heads[hole] = _heads[j];
                hole = j;
            }
        }

        _keys[hole] = 0;
        _count--;
    }

    private void Grow()
    {
        uint[] keys = _keys;
        int[] heads = _heads;
        _keys = new uint[keys.Length * 2];
        _heads = new int[keys.Length * 2];
        _count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                SetHead(keys[i], heads[i]);
            }
        }
    }

    private static uint Spread(uint key) => key * 0x9E3779B1u;
}
