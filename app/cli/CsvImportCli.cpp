#include "CsvImportCli.h"

#include "CliCommand.h"
#include "io/CsvReader.h"
#include "io/CsvSniffer.h"
#include "io/CsvWriter.h"
#include "project/Project.h"

#include <QDir>
#include <QJsonArray>

#include <cstdio>

namespace {
QJsonObject problemJson(const CsvProblem& problem)
{
    return {{QStringLiteral("severity"), problem.severity == CsvProblem::Severity::Warning ? QStringLiteral("warning")
                                         : problem.severity == CsvProblem::Severity::Error ? QStringLiteral("error")
                                                                                           : QStringLiteral("fatal")},
            {QStringLiteral("line"), qint64(problem.line)},
            {QStringLiteral("column"), problem.column},
            {QStringLiteral("message"), problem.message}};
}

// --delimiter's character, or 0 when it is none of , ; tab |.
char delimiterOption(const QCommandLineParser& parser)
{
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    const char chosen = delimiter == QLatin1String("tab") ? '\t' : delimiter.size() == 1 ? char(delimiter.at(0).toLatin1()) : 0;
    return chosen == ',' || chosen == ';' || chosen == '\t' || chosen == '|' ? chosen : 0;
}
} // namespace

void CsvImportCli::addImportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report; write nothing.")});
    parser.addOption({{QStringLiteral("valid-rows"), QStringLiteral("valid-only")},
                      tr("Import the rows without problems and leave the others out.")});
    parser.addOption({QStringLiteral("map"), tr("Which column holds which field."), tr("FIELD=COLUMN,...")});
    parser.addOption({QStringLiteral("encoding"), tr("The file's encoding, when detection guesses wrong."), tr("NAME")});
    parser.addOption({QStringLiteral("delimiter"), tr("The delimiter: , ; tab or |."), tr("CHAR")});
    parser.addOption({QStringLiteral("decimal-comma"), tr("Numbers are written with a decimal comma.")});
}

void CsvImportCli::addExportOptions(QCommandLineParser& parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("export: write here instead of standard output."), tr("OUT")});
    parser.addOption({QStringLiteral("excel"), tr("export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.")});
}

std::optional<CsvImportCli::Read> CsvImportCli::read(const QCommandLineParser& parser, const QString& csv,
                                                     const ImportFieldTable& fields, const QString& command, int* exitCode)
{
    Read read;
    read.shown = QDir::toNativeSeparators(csv);
    const auto bytes = CsvReader().loadFile(csv, &read.problems);
    if (!bytes) {
        *exitCode = CliCommand::fail(read.problems.value(0).toString());
        return std::nullopt;
    }
    CsvDialect dialect = CsvSniffer::sniff(*bytes, parser.value(QStringLiteral("encoding")).toLatin1());
    if (parser.isSet(QStringLiteral("delimiter"))) {
        dialect.delimiter = delimiterOption(parser);
        if (!dialect.delimiter) {
            *exitCode = CliCommand::fail(
                tr("%1: --delimiter must be , ; tab or |, not “%2”").arg(command, parser.value(QStringLiteral("delimiter"))),
                CliCommand::UsageError);
            return std::nullopt;
        }
    }
    dialect.hasHeader = true; // columns are matched by their names
    const auto table = CsvReader(dialect).readBytes(*bytes, &read.problems, read.shown);
    if (!table) {
        for (const CsvProblem& problem : read.problems)
            std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
        *exitCode = CliCommand::fail(tr("%1: %2 cannot be read; nothing was imported").arg(command, read.shown));
        return std::nullopt;
    }
    read.table = *table;
    read.mapping = fields.guess(table->header);
    if (parser.isSet(QStringLiteral("map"))) {
        for (const QString& pair : parser.value(QStringLiteral("map")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto field = fields.fromKey(pair.section(QLatin1Char('='), 0, 0).trimmed());
            const qsizetype column = table->columnOf(pair.section(QLatin1Char('='), 1).trimmed());
            if (!field || column < 0) {
                *exitCode = CliCommand::fail(
                    tr("%1: --map %2: %3").arg(command, pair, !field ? tr("unknown field") : tr("no such column in the file")),
                    CliCommand::UsageError);
                return std::nullopt;
            }
            read.mapping.insert(*field, column);
        }
    }
    return read;
}

std::unique_ptr<Project> CsvImportCli::openProject(const QCommandLineParser& parser, const QString& file, int* exitCode)
{
    ProjectError error;
    auto project = Project::open(file, isDryRun(parser) ? Project::Mode::ReadOnly : Project::Mode::ReadWrite, &error);
    if (!project)
        *exitCode = CliCommand::fail(error.message);
    return project;
}

bool CsvImportCli::decimalComma(const QCommandLineParser& parser, const Read& read)
{
    return parser.isSet(QStringLiteral("decimal-comma")) || read.table.dialect.decimalComma;
}

int CsvImportCli::report(const QCommandLineParser& parser, const Read& read, const ImportFieldTable& fields,
                         const Outcome& outcome, const QString& command)
{
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const CsvProblem& problem : outcome.problems)
            problems.append(problemJson(problem));
        QJsonObject columns;
        for (auto it = read.mapping.cbegin(); it != read.mapping.cend(); ++it)
            columns.insert(fields.key(it.key()), read.table.header.value(it.value()));
        QJsonObject json{{QStringLiteral("file"), read.shown},
                         {QStringLiteral("encoding"), QString::fromLatin1(read.table.dialect.encoding)},
                         {QStringLiteral("delimiter"), QString(QLatin1Char(read.table.dialect.delimiter))},
                         {QStringLiteral("columns"), columns},
                         {QStringLiteral("new"), outcome.inserts},
                         {QStringLiteral("updated"), outcome.updates},
                         {QStringLiteral("problems"), problems},
                         {QStringLiteral("written"), outcome.written}};
        if (outcome.unchanged)
            json.insert(QStringLiteral("unchanged"), *outcome.unchanged);
        for (auto it = outcome.details.constBegin(); it != outcome.details.constEnd(); ++it)
            json.insert(it.key(), it.value());
        CliCommand::printJson(json);
    } else {
        for (const CsvProblem& problem : outcome.problems)
            std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
        const char delimiter = read.table.dialect.delimiter;
        const QString file = QStringLiteral("%1 (%2, “%3”)")
                                 .arg(read.shown, QString::fromLatin1(read.table.dialect.encoding),
                                      delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter)));
        const QString what = isDryRun(parser) ? tr(" (dry run: nothing written)") : outcome.written ? tr(": imported") : QString();
        CliCommand::print(outcome.unchanged ? tr("%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6")
                                                  .arg(file)
                                                  .arg(outcome.inserts)
                                                  .arg(outcome.updates)
                                                  .arg(*outcome.unchanged)
                                                  .arg(outcome.problems.size())
                                                  .arg(what)
                                            : tr("%1: %2 new, %3 updated, %4 problem(s)%5")
                                                  .arg(file)
                                                  .arg(outcome.inserts)
                                                  .arg(outcome.updates)
                                                  .arg(outcome.problems.size())
                                                  .arg(what));
    }
    if (outcome.refused)
        return CliCommand::fail(tr("%1: %2").arg(command, outcome.refusal));
    return CliCommand::Success;
}

int CsvImportCli::writeRows(const QCommandLineParser& parser, const QList<QStringList>& rows, const QString& output,
                            const QString& command, const std::function<QString(int count, const QString& path)>& done)
{
    CsvWriter writer;
    const bool excel = parser.isSet(QStringLiteral("excel"));
    writer.setByteOrderMark(excel);
    writer.setDelimiter(excel ? ';' : ',');
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const char delimiter = delimiterOption(parser);
        if (!delimiter)
            return CliCommand::fail(tr("%1: --delimiter must be , ; tab or |, not “%2”")
                                        .arg(command, parser.value(QStringLiteral("delimiter"))),
                                    CliCommand::UsageError);
        writer.setDelimiter(delimiter);
    }
    if (output.isEmpty()) {
        const QByteArray bytes = writer.toBytes(rows);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return CliCommand::Success;
    }
    QString message;
    if (!writer.writeFile(output, rows, &message))
        return CliCommand::fail(tr("%1: %2").arg(command, message));
    CliCommand::print(done(int(rows.size() - 1), QDir::toNativeSeparators(output)));
    return CliCommand::Success;
}
