#pragma once

#include "io/CsvProblem.h"
#include "io/CsvTable.h"
#include "io/ImportFieldTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Project;

// What the import and export subcommands (locations, shoppers) share: the options that say how a
// CSV file is read or written, reading it with every problem named, --map, and the report, so
// that both read files, map columns and answer alike.
class CsvImportCli
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportCli)

public:
    // A file as read for an import, with its columns mapped.
    struct Read
    {
        QString shown; // the CSV's path as the user sees it
        CsvTable table;
        QList<CsvProblem> problems; // the reader's
        ImportFieldTable::Mapping mapping;
    };

    // --dry-run, --valid-rows, --map, --encoding, --delimiter, --decimal-comma
    static void addImportOptions(QCommandLineParser& parser);
    // -o/--output, --excel (and --delimiter, which import declares too)
    static void addExportOptions(QCommandLineParser& parser);

    // Reads csv as the options say and maps its columns (guessed from the header, then --map).
    // Nullopt when it cannot: the message is printed and *exitCode set. `command` names the
    // place in messages ("locations import").
    static std::optional<Read> read(const QCommandLineParser& parser, const QString& csv, const ImportFieldTable& fields,
                                    const QString& command, int* exitCode);

    // The programme to import into: read-only for a dry run. Null (with the message printed and
    // *exitCode set) when it cannot be opened.
    static std::unique_ptr<Project> openProject(const QCommandLineParser& parser, const QString& file, int* exitCode);
    static bool isDryRun(const QCommandLineParser& parser) { return parser.isSet(QStringLiteral("dry-run")); }
    static bool validRowsOnly(const QCommandLineParser& parser) { return parser.isSet(QStringLiteral("valid-rows")); }
    // --decimal-comma, or what the sniffer saw.
    static bool decimalComma(const QCommandLineParser& parser, const Read& read);

    // What an import found and did.
    struct Outcome
    {
        QList<CsvProblem> problems = {}; // the reader's and the plan's
        int inserts = 0;
        int updates = 0;
        std::optional<int> unchanged = {}; // for importers that leave unchanged rows alone
        QJsonObject details = {};          // more for --json (new geography...)
        bool written = false;
        bool refused = false;
        QString refusal = {}; // why nothing was written
    };
    // Prints the report: JSON (file, encoding, delimiter, columns, counts, problems, written), or
    // the problems on standard error and one summary line. Returns the exit code: a refusal fails.
    static int report(const QCommandLineParser& parser, const Read& read, const ImportFieldTable& fields,
                      const Outcome& outcome, const QString& command);

    // Writes rows as the export options say (standard output, or -o OUT); `count` names what was
    // written ("Exported 12 location(s) to out.csv"). Returns the exit code.
    static int writeRows(const QCommandLineParser& parser, const QList<QStringList>& rows, const QString& output,
                         const QString& command, const std::function<QString(int count, const QString& path)>& done);
};
