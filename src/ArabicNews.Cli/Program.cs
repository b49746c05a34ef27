using System;
using System.IO;
using System.Text;
using ArabicNews.Cli;

using Stream stdin = Console.OpenStandardInput();
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
int exitCode = CliApp.Run(args, stdin, stdout, stderr);
stdout.Flush();
return exitCode;
