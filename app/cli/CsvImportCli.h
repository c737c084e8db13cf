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
#include <optional>

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

    // The report's common part: file, encoding, delimiter, columns and problems (JSON), or the
    // problems on standard error and the "FILE (ENCODING, “;”)" that starts the summary line.
    static QJsonObject json(const Read& read, const ImportFieldTable& fields, const QList<CsvProblem>& problems);
    static void printProblems(const QList<CsvProblem>& problems);
    static QString describe(const Read& read);

    // Writes rows as the export options say (standard output, or -o OUT); `count` names what was
    // written ("Exported 12 location(s) to out.csv"). Returns the exit code.
    static int writeRows(const QCommandLineParser& parser, const QList<QStringList>& rows, const QString& output,
                         const QString& command, const std::function<QString(int count, const QString& path)>& done);
};
