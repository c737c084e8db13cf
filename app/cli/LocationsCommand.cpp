#include "LocationsCommand.h"

#include "commands/LocationCommands.h"
#include "io/CsvReader.h"
#include "io/CsvSniffer.h"
#include "io/CsvWriter.h"
#include "planning/LocationExport.h"
#include "project/Project.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

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
} // namespace

QString LocationsCommand::summary() const
{
    return tr("Import locations from a client's CSV file (dry run first), or export them.");
}

void LocationsCommand::configure(QCommandLineParser& parser) const
{
    QStringList keys;
    for (int f = 0; f < LocationImport::FieldCount; ++f)
        keys << LocationImport::fieldKey(LocationImport::Field(f));
    parser.setApplicationDescription(
        tr("Locations of a programme.\n\n"
           "  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]\n"
           "                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]\n"
           "  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]\n\n"
           "The encoding (UTF-8, UTF-16, Windows-1252, Windows-1257...), the delimiter and the header are\n"
           "detected; columns are matched by their header names (in English, Swedish, Norwegian, Latvian or\n"
           "Polish) unless --map names them, e.g. --map code=Filiāles kods,name=Nosaukums. Fields: %1.\n"
           "Every problem is listed with its line and column and nothing is written, unless --valid-rows\n"
           "imports the rows without problems. A code that exists is updated, not duplicated.")
            .arg(keys.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import or export"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report; write nothing.")});
    parser.addOption({QStringLiteral("valid-rows"), tr("Import the rows without problems and leave the others out.")});
    parser.addOption({QStringLiteral("map"), tr("Which column holds which field."), tr("FIELD=COLUMN,...")});
    parser.addOption({QStringLiteral("encoding"), tr("The file's encoding, when detection guesses wrong."), tr("NAME")});
    parser.addOption({QStringLiteral("delimiter"), tr("The delimiter: , ; tab or |."), tr("CHAR")});
    parser.addOption({QStringLiteral("decimal-comma"), tr("Coordinates are written with a decimal comma.")});
    parser.addOption({QStringLiteral("known-regions-only"), tr("Refuse countries, regions and areas the programme lacks.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("export: write here instead of standard output."), tr("OUT")});
    parser.addOption({QStringLiteral("excel"), tr("export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int LocationsCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("import") && arguments.size() == 3)
        return importFile(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("export") && arguments.size() == 2)
        return exportFile(parser, arguments.at(1));
    return fail(tr("locations: expected 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')"), UsageError);
}

int LocationsCommand::importFile(const QCommandLineParser& parser, const QString& file, const QString& csv)
{
    const QString shown = QDir::toNativeSeparators(csv);
    QList<CsvProblem> problems;
    const auto bytes = CsvReader().loadFile(csv, &problems);
    if (!bytes)
        return fail(problems.value(0).toString());
    CsvDialect dialect = CsvSniffer::sniff(*bytes, parser.value(QStringLiteral("encoding")).toLatin1());
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        const char chosen = delimiter == QLatin1String("tab") ? '\t' : delimiter.size() == 1 ? char(delimiter.at(0).toLatin1()) : 0;
        if (chosen != ',' && chosen != ';' && chosen != '\t' && chosen != '|')
            return fail(tr("locations import: --delimiter must be , ; tab or |, not “%1”").arg(delimiter), UsageError);
        dialect.delimiter = chosen;
    }
    dialect.hasHeader = true; // columns are matched by their names
    const auto table = CsvReader(dialect).readBytes(*bytes, &problems, shown);
    if (!table) {
        for (const CsvProblem& problem : problems)
            std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
        return fail(tr("locations import: %1 cannot be read; nothing was imported").arg(shown));
    }

    LocationImport::Mapping mapping = LocationImport::guessMapping(table->header);
    if (parser.isSet(QStringLiteral("map"))) {
        for (const QString& pair : parser.value(QStringLiteral("map")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto field = LocationImport::fieldFromKey(pair.section(QLatin1Char('='), 0, 0).trimmed());
            const qsizetype column = table->columnOf(pair.section(QLatin1Char('='), 1).trimmed());
            if (!field || column < 0)
                return fail(tr("locations import: --map %1: %2").arg(pair, !field ? tr("unknown field") : tr("no such column in the file")),
                            UsageError);
            mapping.insert(*field, column);
        }
    }
    ProjectError error;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto project = Project::open(file, dryRun ? Project::Mode::ReadOnly : Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    LocationImport::Options options;
    options.decimalComma = parser.isSet(QStringLiteral("decimal-comma")) || table->dialect.decimalComma;
    options.createMissingRegions = !parser.isSet(QStringLiteral("known-regions-only"));
    const LocationImport::Plan plan = LocationImport::plan(project->database(), *table, mapping, options, shown);
    QList<CsvProblem> all = problems;
    all += plan.problems;

    QString message;
    bool written = false;
    const bool refused = !dryRun && !Command::importLocations(project.get(), plan, shown, parser.isSet(QStringLiteral("valid-rows")), &message);
    written = !dryRun && !refused;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CsvProblem& problem : all)
            list.append(problemJson(problem));
        QJsonObject columns;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            columns.insert(LocationImport::fieldKey(LocationImport::Field(it.key())), table->header.value(it.value()));
        printJson({{QStringLiteral("file"), shown},
                   {QStringLiteral("encoding"), QString::fromLatin1(table->dialect.encoding)},
                   {QStringLiteral("delimiter"), QString(QLatin1Char(table->dialect.delimiter))},
                   {QStringLiteral("columns"), columns},
                   {QStringLiteral("new"), plan.inserts},
                   {QStringLiteral("updated"), plan.updates},
                   {QStringLiteral("new_geography"), QJsonArray::fromStringList(plan.newGeography)},
                   {QStringLiteral("problems"), list},
                   {QStringLiteral("written"), written}});
    } else {
        for (const CsvProblem& problem : all)
            std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
        print(tr("%1 (%2, “%3”): %4 new, %5 updated, %6 problem(s)%7")
                  .arg(shown, QString::fromLatin1(table->dialect.encoding),
                       table->dialect.delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(table->dialect.delimiter)))
                  .arg(plan.inserts)
                  .arg(plan.updates)
                  .arg(all.size())
                  .arg(dryRun ? tr(" (dry run: nothing written)") : written ? tr(": imported") : QString()));
    }
    if (refused)
        return fail(tr("locations import: %1").arg(message));
    return Success;
}

int LocationsCommand::exportFile(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    CsvWriter writer;
    const bool excel = parser.isSet(QStringLiteral("excel"));
    writer.setByteOrderMark(excel);
    writer.setDelimiter(excel ? ';' : ',');
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString delimiter = parser.value(QStringLiteral("delimiter"));
        writer.setDelimiter(delimiter == QLatin1String("tab") ? '\t' : char(delimiter.at(0).toLatin1()));
    }
    QString message;
    const QList<QStringList> rows = LocationExport::rows(project->database(), &message);
    if (rows.isEmpty())
        return fail(message);
    if (!parser.isSet(QStringLiteral("output"))) {
        const QByteArray bytes = writer.toBytes(rows);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Success;
    }
    if (!writer.writeFile(parser.value(QStringLiteral("output")), rows, &message))
        return fail(message);
    print(tr("Exported %n location(s) to %1", nullptr, int(rows.size() - 1)).arg(QDir::toNativeSeparators(parser.value(QStringLiteral("output")))));
    return Success;
}
