#include "ResultsCommand.h"

#include "CsvImportCli.h"
#include "commands/ReportCommands.h"
#include "project/Project.h"
#include "reports/ReportImport.h"
#include "project/ProjectError.h"
#include "questionnaire/ScoringPlan.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace {

QJsonValue scoreJson(const ScoreResult& result)
{
    if (result.knockedOut)
        return 0.0;
    return result.score ? QJsonValue(std::round(*result.score * 100.0) / 100.0) : QJsonValue();
}

QJsonValue answerJson(const QVariant& value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    return value.toString();
}

QString answerText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

QString ResultsCommand::summary() const
{
    return tr("Enter, show or import shopper reports.");
}

void ResultsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Shopper reports.\n\n"
           "  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]\n"
           "         [--decimal-comma] [--json]\n\n"
           "One row per visit. The visit is found by a 'visit' (id) column, or by 'location', 'shopper' and\n"
           "'date' columns. Optional columns: time, duration (minutes), staff, language, comment. Every other\n"
           "column is a question code; CODE_comment holds its comment; a multiple choice is one cell with\n"
           "options separated by ; or | or a column per option (CODE/option, 1 or x for chosen). Answers are\n"
           "option codes or labels in any of the programme's languages; N/A in the usual spellings (n/a, na,\n"
           "-, ej aktuellt, nie dotyczy...). All or nothing unless --valid-rows; a report the file leaves as it\n"
           "is stays unchanged, so importing the same file twice changes nothing; an approved report is never\n"
           "changed. Imported visits become 'submitted' for review (docs/results-import.md).\n"
           "--format odk reads a KoboToolbox or ODK Central export of a form ShopScope wrote (questionnaire\n"
           "export --format xform|xlsform): group prefixes, ss_* visit fields, space-separated choices and the\n"
           "submission metadata are understood (docs/odk.md).\n\n"
           "  show FILE VISIT [--json]\n"
           "  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]\n"
           "        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]\n\n"
           "'show' prints one visit's report with the running score and what a submission still needs.\n"
           "'enter' changes the visit's report (a draft or a submitted one) as given and submits it, or\n"
           "with --draft keeps it as a draft; a submission needs every visible mandatory question\n"
           "answered and every required comment. VALUE as in a file; CODE= clears an answer. Nothing is\n"
           "written when anything is wrong (docs/report-entry.md)."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import, show or enter"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("CSV|VISIT"), tr("The reports (import), or the visit's number."));
    CsvImportCli::addImportOptions(parser);
    parser.addOption({QStringLiteral("format"), tr("import: shopscope (default) or odk (KoboToolbox / ODK Central CSV)."),
                      QStringLiteral("FORMAT"), QStringLiteral("shopscope")});
    parser.addOption({QStringLiteral("answer"), tr("An answer, CODE=VALUE (repeatable)."), QStringLiteral("CODE=VALUE")});
    parser.addOption({QStringLiteral("comment-for"), tr("A question's comment, CODE=TEXT (repeatable)."), QStringLiteral("CODE=TEXT")});
    parser.addOption({QStringLiteral("date"), tr("The day of the visit (2026-11-22)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("time"), tr("The time of the visit (14:05); empty clears it."), QStringLiteral("HH:MM")});
    parser.addOption({QStringLiteral("minutes"), tr("How long the visit took; empty clears it."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("staff"), tr("The staff member who served the shopper (a description where the programme forbids names)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("language"), tr("The language the report was filled in."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("report-comment"), tr("The shopper's general comment."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("draft"), tr("Save as a draft instead of submitting.")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
}

int ResultsCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 3 && (arguments.first() == QLatin1String("show") || arguments.first() == QLatin1String("enter")))
        return entry(parser, arguments.first(), arguments.at(1), arguments.at(2));
    if (arguments.size() != 3 || arguments.first() != QLatin1String("import"))
        return fail(tr("results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')"),
                    UsageError);
    const QString command = QStringLiteral("results import");
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("shopscope") && format != QLatin1String("odk"))
        return fail(tr("results import: unknown --format “%1” (use shopscope or odk)").arg(format), UsageError);
    int exitCode = Success;
    const auto read = CsvImportCli::read(parser, arguments.at(2), ReportImport::fields(), command, &exitCode);
    if (!read)
        return exitCode;
    const auto project = CsvImportCli::openProject(parser, arguments.at(1), &exitCode);
    if (!project)
        return exitCode;
    ReportImport::Options options;
    options.decimalComma = CsvImportCli::decimalComma(parser, *read);
    if (format == QLatin1String("odk"))
        options.source = ReportImport::Source::Odk;
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

int ResultsCommand::entry(const QCommandLineParser& parser, const QString& action, const QString& file, const QString& visitText)
{
    const QString command = QStringLiteral("results ") + action;
    bool isNumber = false;
    const qint64 visitId = visitText.toLongLong(&isNumber);
    if (!isNumber || visitId <= 0)
        return fail(tr("%1: “%2” is not a visit number").arg(command, visitText), UsageError);
    const bool entering = action == QLatin1String("enter");
    ProjectError openError;
    const auto project = Project::open(file, entering ? Project::Mode::ReadWrite : Project::Mode::ReadOnly, &openError);
    if (!project)
        return fail(openError.message);
    QString error;
    auto entry = ReportEntry::open(project->database(), visitId, &error);
    if (!entry)
        return fail(tr("%1: %2").arg(command, error));

    ReportEntry::Report report = entry->stored();
    QList<ReportEntry::Problem> problems;
    auto pairOf = [](const QString& text, QString* code, QString* value) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return false;
        *code = text.left(equals).trimmed();
        *value = text.mid(equals + 1);
        return true;
    };
    const bool draft = parser.isSet(QStringLiteral("draft"));
    if (entering) {
        for (const QString& given : parser.values(QStringLiteral("answer"))) {
            QString code, value;
            if (!pairOf(given, &code, &value))
                return fail(tr("%1: --answer “%2”: expected CODE=VALUE").arg(command, given), UsageError);
            QString why;
            const auto parsed = entry->parseAnswer(code, value, &why);
            if (!parsed)
                problems.append({code, why});
            else
                report.answers[code].value = *parsed;
        }
        for (const QString& given : parser.values(QStringLiteral("comment-for"))) {
            QString code, value;
            if (!pairOf(given, &code, &value))
                return fail(tr("%1: --comment-for “%2”: expected CODE=TEXT").arg(command, given), UsageError);
            if (!entry->questionnaire().question(code))
                problems.append({code, tr("There is no question %1 in %2.").arg(code, entry->questionnaire().code)});
            else
                report.answers[code].comment = value.trimmed();
        }
        if (parser.isSet(QStringLiteral("date")))
            report.visitedOn = parser.value(QStringLiteral("date")).trimmed();
        if (parser.isSet(QStringLiteral("time")))
            report.visitedAt = parser.value(QStringLiteral("time")).trimmed();
        if (parser.isSet(QStringLiteral("minutes"))) {
            const QString minutes = parser.value(QStringLiteral("minutes")).trimmed();
            bool ok = false;
            const int value = minutes.toInt(&ok);
            if (minutes.isEmpty())
                report.minutes.reset();
            else if (!ok)
                problems.append({QStringLiteral("minutes"), tr("“%1” is not a number of minutes.").arg(minutes)});
            else
                report.minutes = value;
        }
        if (parser.isSet(QStringLiteral("staff")))
            report.staff = parser.value(QStringLiteral("staff")).trimmed();
        if (parser.isSet(QStringLiteral("language")))
            report.language = parser.value(QStringLiteral("language")).trimmed();
        if (parser.isSet(QStringLiteral("report-comment")))
            report.comment = parser.value(QStringLiteral("report-comment")).trimmed();
        problems += entry->check(report, !draft);
    }

    const ReportEntry::Visit& visit = entry->visit();
    const FormState state = entry->state(report);
    const auto& questions = entry->plan().questions();
    QString saved;
    if (entering && problems.isEmpty()) {
        bool changed = false;
        if (!Command::saveReport(project.get(), *entry, report, !draft, &error, &changed))
            problems.append({QString(), error});
        else
            saved = !changed ? QStringLiteral("unchanged") : draft ? QStringLiteral("draft") : QStringLiteral("submitted");
    }
    const QString reportState = !saved.isEmpty() && saved != QLatin1String("unchanged") ? saved
                                : !visit.responseId                                   ? QStringLiteral("none")
                                : visit.status == QLatin1String("approved")           ? QStringLiteral("approved")
                                : visit.submitted                                     ? QStringLiteral("submitted")
                                                                                      : QStringLiteral("draft");

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray answers;
        for (size_t i = 0; i < questions.size(); ++i) {
            const ReportEntry::Answer answer = report.answers.value(questions[i].code);
            QJsonObject row{{QStringLiteral("question"), questions[i].code},
                            {QStringLiteral("value"), state.visible[i] ? answerJson(answer.value) : QJsonValue()},
                            {QStringLiteral("visible"), bool(state.visible[i])},
                            {QStringLiteral("mandatory"), questions[i].mandatory},
                            {QStringLiteral("comment_required"), bool(state.commentRequired[i])},
                            {QStringLiteral("score"), scoreJson(state.score.questions[i])}};
            if (!answer.comment.isEmpty())
                row.insert(QStringLiteral("comment"), answer.comment);
            answers.append(row);
        }
        QJsonArray sections;
        for (size_t s = 0; s < entry->plan().sections().size(); ++s)
            sections.append(QJsonObject{{QStringLiteral("section"), entry->plan().sections()[s].code},
                                        {QStringLiteral("score"), scoreJson(state.score.sections[s])}});
        QJsonArray missing;
        for (int index : state.unansweredMandatory(entry->plan()))
            missing.append(questions[size_t(index)].code);
        QJsonArray problemList;
        for (const auto& problem : problems)
            problemList.append(QJsonObject{{QStringLiteral("field"), problem.field}, {QStringLiteral("message"), problem.message}});
        QJsonObject out{{QStringLiteral("visit"), visitId},
                        {QStringLiteral("wave"), visit.wave},
                        {QStringLiteral("location"), visit.locationCode},
                        {QStringLiteral("scenario"), visit.scenarioCode},
                        {QStringLiteral("shopper"), visit.shopperCode},
                        {QStringLiteral("questionnaire"), entry->questionnaire().code},
                        {QStringLiteral("report"), reportState},
                        {QStringLiteral("language"), report.language},
                        {QStringLiteral("visited_on"), report.visitedOn},
                        {QStringLiteral("visited_at"), report.visitedAt.isEmpty() ? QJsonValue() : QJsonValue(report.visitedAt)},
                        {QStringLiteral("minutes"), report.minutes ? QJsonValue(*report.minutes) : QJsonValue()},
                        {QStringLiteral("staff"), report.staff},
                        {QStringLiteral("comment"), report.comment},
                        {QStringLiteral("score"), scoreJson(state.score.visit)},
                        {QStringLiteral("knocked_out"), state.score.visit.knockedOut},
                        {QStringLiteral("sections"), sections},
                        {QStringLiteral("answers"), answers},
                        {QStringLiteral("missing"), missing},
                        {QStringLiteral("problems"), problemList}};
        if (entering)
            out.insert(QStringLiteral("saved"), saved.isEmpty() ? QJsonValue() : QJsonValue(saved));
        printJson(out);
    } else if (problems.isEmpty()) {
        QString text;
        text += tr("Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6\n")
                    .arg(visitId)
                    .arg(visit.wave, visit.locationCode, visit.locationName, visit.scenarioCode, visit.shopperCode);
        text += tr("Report: %1 · %2 · visited %3 · %4 min · staff: %5\n")
                    .arg(reportState, report.language, QString(report.visitedOn + QLatin1Char(' ') + report.visitedAt).trimmed(),
                         report.minutes ? QString::number(*report.minutes) : QStringLiteral("–"),
                         report.staff.isEmpty() ? QStringLiteral("–") : report.staff);
        for (size_t i = 0; i < questions.size(); ++i) {
            if (!state.visible[i])
                continue;
            const ReportEntry::Answer answer = report.answers.value(questions[i].code);
            QString line = column(questions[i].code, 10) + column(answer.value.isValid() ? answerText(answer.value) : QStringLiteral("–"), 24);
            if (!answer.comment.isEmpty())
                line += tr("comment: %1").arg(answer.comment);
            else if (state.commentRequired[i])
                line += tr("comment required");
            text += line.trimmed() + QLatin1Char('\n');
        }
        const QJsonValue score = scoreJson(state.score.visit);
        text += tr("Score: %1\n").arg(score.isDouble() ? QString::number(score.toDouble()) + QStringLiteral(" %") : QStringLiteral("–"));
        QStringList missing;
        for (int index : state.unansweredMandatory(entry->plan()))
            missing << questions[size_t(index)].code;
        if (!missing.isEmpty())
            text += tr("Mandatory without an answer: %1\n").arg(missing.join(QStringLiteral(", ")));
        if (!saved.isEmpty())
            text += saved == QLatin1String("unchanged") ? tr("Nothing changed.\n")
                    : saved == QLatin1String("draft")   ? tr("Saved as a draft.\n")
                                                        : tr("Submitted for review.\n");
        print(text);
    }
    if (!problems.isEmpty()) {
        for (const auto& problem : problems)
            fail(tr("%1: visit %2: %3").arg(command).arg(visitId).arg(problem.message));
        fail(tr("%1: nothing was saved").arg(command));
        return Failure;
    }
    return Success;
}
