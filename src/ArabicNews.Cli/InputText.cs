using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ArabicNews.Cli;

/// <summary>Reads the tool's inputs: UTF-8 with or without a byte order mark, strictly decoded.</summary>
internal static class InputText
{
    // Strict decoding: invalid UTF-8 is a user error, never replaced silently. The preamble makes
    // StreamReader skip a UTF-8 byte order mark.
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>Opens a file (or standard input for "-") as lines of text.</summary>
    public static TextReader OpenReader(string path, Stream stdin)
    {
        Stream stream = path == "-" ? stdin : OpenFile(path);
        return new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: path == "-");
    }

    /// <summary>Reads a whole file; the byte order mark is not part of the text, so offsets exclude it.</summary>
    public static string ReadAll(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Utf8.Preamble))
        {
            content = content[Utf8.Preamble.Length..];
        }

        try
        {
            return Utf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"'{path}' is not valid UTF-8 text");
        }
    }

    /// <summary>
    /// Expands the command line's paths: a file (or "-", standard input) stands for itself, a directory for
    /// the <c>*.txt</c> files under it (recursively, in ordinal order of their paths).
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                throw new CliException($"no such file or directory: '{path}'");
            }
        }

        return files;
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"no such file: '{path}'");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"no such file: '{path}'");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }
}
