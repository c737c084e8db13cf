#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonObject;

// One subcommand of shopscope-cli. It declares its options, parses its own arguments and runs.
// Exit codes: 0 success, 1 the work failed (bad file, failed check), 2 bad arguments.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Declares the command's options and positional arguments on parser.
    virtual void configure(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    // Parses arguments (without the program name and the command) and runs the command.
    int execute(const QStringList& arguments);

    // Output shared by the commands and their helpers (e.g. PlanSummaryPrinter).
    // Prints a one-line error to stderr and returns code.
    static int fail(const QString& message, int code = Failure);
    static void print(const QString& text);
    // A table cell of plain-text output: cut with "…" beyond `width`, padded to width + 2.
    static QString column(const QString& text, int width);
    static void printJson(const QJsonObject& object);

protected:
    // The single positional FILE argument, or an empty string after reporting a usage error.
    QString fileArgument(const QCommandLineParser& parser) const;
};
