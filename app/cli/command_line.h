#pragma once

#include <QStringList>

class QTextStream;

namespace sb::cli {

// Exit codes of the command line (DESIGN.md).
enum ExitCode { Success = 0, CheckFoundErrors = 1, BadUsage = 2 };

// True when the arguments ask for a headless subcommand, --help or --version rather than the GUI.
bool isCommandLine(const QStringList& arguments);

// Runs a subcommand; arguments[0] is the program name. Output goes to out, errors to err.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace sb::cli
