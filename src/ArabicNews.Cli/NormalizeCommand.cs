using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ArabicNews.Normalization;

namespace ArabicNews.Cli;

/// <summary><c>arabic-news normalize</c>: normalizes text line by line, streaming.</summary>
internal static class NormalizeCommand
{
    public static void Run(ArabicNormalizer normalizer, IReadOnlyList<string> paths, Stream stdin, TextWriter stdout)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            foreach (string path in paths.Count == 0 ? ["-"] : InputText.ExpandPaths(paths))
            {
                using TextReader reader = InputText.OpenReader(path, stdin);
                try
                {
                    while (reader.ReadLine() is { } line)
                    {
                        int needed = normalizer.GetMaxNormalizedLength(line);
                        if (needed > buffer.Length)
                        {
                            ArrayPool<char>.Shared.Return(buffer);
                            buffer = ArrayPool<char>.Shared.Rent(needed);
                        }

                        normalizer.TryNormalize(line, buffer, out int written);
                        stdout.Write(buffer, 0, written);
                        stdout.Write('\n');
                    }
                }
                catch (DecoderFallbackException)
                {
                    throw new CliException($"'{path}' is not valid UTF-8 text");
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
