#include "ResultsCommand.h"

#include "CsvImportCli.h"
#include "commands/ReportCommands.h"
#include "project/Project.h"
#include "reports/ReportImport.h"

QString ResultsCommand::summary() const
{
    return tr("Import shopper reports from a fielding platform's CSV or tab file.");
}

void ResultsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Shopper reports.\n\n"
           "  import FILE CSV [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR] [--decimal-comma] [--json]\n\n"
           "One row per visit. The visit is found by a 'visit' (id) column, or by 'location', 'shopper' and\n"
           "'date' columns. Optional columns: time, duration (minutes), staff, language, comment. Every other\n"
           "column is a question code; CODE_comment holds its comment; a multiple choice is one cell with\n"
           "options separated by ; or | or a column per option (CODE/option, 1 or x for chosen). Answers are\n"
           "option codes or labels in any of the programme's languages; N/A in the usual spellings (n/a, na,\n"
           "-, ej aktuellt, nie dotyczy...). All or nothing unless --valid-rows; a report the file leaves as it\n"
           "is stays unchanged, so importing the same file twice changes nothing; an approved report is never\n"
           "changed. Imported visits become 'submitted' for review (docs/results-import.md)."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The reports."));
    CsvImportCli::addImportOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
}

int ResultsCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 3 || arguments.first() != QLatin1String("import"))
        return fail(tr("results: expected import FILE CSV (see 'shopscope-cli results --help')"), UsageError);
    const QString command = QStringLiteral("results import");
    int exitCode = Success;
    const auto read = CsvImportCli::read(parser, arguments.at(2), ReportImport::fields(), command, &exitCode);
    if (!read)
        return exitCode;
    const auto project = CsvImportCli::openProject(parser, arguments.at(1), &exitCode);
    if (!project)
        return exitCode;
    ReportImport::Options options;
    options.decimalComma = CsvImportCli::decimalComma(parser, *read);
    ReportImport::Plan plan = ReportImport::plan(project->database(), read->table, options, read->shown);

    CsvImportCli::Outcome outcome;
    outcome.problems = read->problems + plan.problems;
    outcome.inserts = plan.inserts;
    outcome.updates = plan.updates;
    outcome.unchanged = plan.unchanged;
    if (CsvProblem::refuses(outcome.problems, CsvImportCli::validRowsOnly(parser))) {
        outcome.refused = true;
        outcome.refusal = tr("nothing was imported: the file has errors (--valid-rows imports the rows without any)");
    } else if (!CsvImportCli::isDryRun(parser) && !plan.reports.empty()) {
        QString error;
        if (!Command::importReports(project.get(), std::move(plan.reports), read->shown, &error)) {
            outcome.refused = true;
            outcome.refusal = tr("nothing was imported: %1").arg(error);
        } else {
            outcome.written = true;
        }
    }
    return CsvImportCli::report(parser, *read, ReportImport::fields(), outcome, command);
}
