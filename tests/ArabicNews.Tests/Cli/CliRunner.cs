using System.IO;
using System.Text;
using ArabicNews.Cli;

namespace ArabicNews.Tests.Cli;

/// <summary>Runs the command line in process, with its standard streams captured.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, params string[] args) =>
        Run(Encoding.UTF8.GetBytes(stdin), args);

    public static (int ExitCode, string Stdout, string Stderr) Run(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = CliApp.Run(args, input, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
