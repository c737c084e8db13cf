#include "QuestionnaireCommand.h"

#include "fielding/OdkFormBuilder.h"
#include "fielding/OdkFormImporter.h"
#include "fielding/XFormWriter.h"
#include "fielding/XlsFormWriter.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireDocuments.h"
#include "questionnaire/QuestionnaireJson.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/QuestionnaireTemplates.h"
#include "questionnaire/QuestionnaireValidator.h"
#include "questionnaire/ScoringEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

namespace {

QByteArray readInput(const QString& path, QString* error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = CliCommand::tr("cannot read standard input");
            return {};
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliCommand::tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
    }
    return file.readAll();
}

QJsonValue scoreJson(const std::optional<double>& score)
{
    return score ? QJsonValue(std::round(*score * 100) / 100) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultJson(const ScoreResult& result)
{
    return {{QStringLiteral("score"), scoreJson(result.score)},
            {QStringLiteral("earned"), result.earned},
            {QStringLiteral("possible"), result.possible},
            {QStringLiteral("knocked_out"), result.knockedOut}};
}

QJsonArray problemsJson(const QList<QuestionnaireProblem>& problems)
{
    QJsonArray list;
    for (const auto& problem : problems)
        list.append(QJsonObject{{QStringLiteral("severity"), problem.severity == QuestionnaireProblem::Severity::Error
                                                                 ? QStringLiteral("error") : QStringLiteral("warning")},
                                {QStringLiteral("location"), problem.location},
                                {QStringLiteral("message"), problem.message}});
    return list;
}

} // namespace

QString QuestionnaireCommand::summary() const
{
    return tr("List, export, import, validate questionnaires and score answers.");
}

void QuestionnaireCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Questionnaires of a programme.\n\n"
           "  list FILE                               the questionnaire versions in FILE\n"
           "  templates                               the ready-made templates\n"
           "  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]\n"
           "                                          a version as JSON (docs/questionnaire-format.md),\n"
           "                                          the shopper briefing or scoring sheet as HTML, or an\n"
           "                                          ODK XForm or XLSForm for fielding (docs/odk.md)\n"
           "  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]\n"
           "                                          add a questionnaire (a new version if the code exists)\n"
           "  validate (FILE [-q REF] | --json-file JSON)\n"
           "                                          list what is wrong; exit 1 on errors\n"
           "  score (FILE -q REF | --json-file JSON) --answers ANSWERS\n"
           "                                          visit, section and question scores of one set of answers\n\n"
           "REF is a questionnaire code (its latest version) or CODE:VERSION. ANSWERS is a JSON object\n"
           "of answers by question code, e.g. {\"GRT01\": \"yes\", \"GRT02\": \"na\", \"OVR01\": 4,\n"
           "\"OFR08\": [\"loan\", \"card\"]}; \"-\" reads standard input."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, templates, export, import, validate or score"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({{QStringLiteral("q"), QStringLiteral("questionnaire")}, tr("The questionnaire version (CODE or CODE:N)."), tr("REF")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output"), QStringLiteral("out")},
                      tr("Write to this file instead of standard output."), tr("OUT")});
    parser.addOption({QStringLiteral("json-file"), tr("Read the questionnaire from a JSON file instead of a project."), tr("JSON")});
    parser.addOption({QStringLiteral("template"), tr("Import this template (see 'templates')."), tr("ID")});
    parser.addOption({QStringLiteral("answers"), tr("The answers to score (JSON file, or - for standard input)."), tr("ANSWERS")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the import and report, but write nothing.")});
    parser.addOption({QStringLiteral("format"),
                      tr("export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK)."),
                      tr("FORMAT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("ask-visit-id"),
                      tr("xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.")});
    parser.addOption({QStringLiteral("comment-every-question"),
                      tr("xform/xlsform: an optional comment field after every question, not only where one is required.")});
    parser.addOption({QStringLiteral("form-version"), tr("xform/xlsform: the form version (default: the date and time)."),
                      tr("V")});
    parser.addOption({QStringLiteral("language"), tr("export: the language of the briefing or scoring sheet."), tr("L")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int QuestionnaireCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("list"))
        return list(parser, rest);
    if (action == QLatin1String("templates"))
        return templates(parser);
    if (action == QLatin1String("export"))
        return exportVersion(parser, rest);
    if (action == QLatin1String("import"))
        return importVersion(parser, rest);
    if (action == QLatin1String("validate"))
        return validate(parser, rest);
    if (action == QLatin1String("score"))
        return score(parser, rest);
    return fail(action.isEmpty() ? tr("questionnaire: the ACTION is missing (list, templates, export, import, validate or score)")
                                 : tr("questionnaire: unknown action “%1” (list, templates, export, import, validate or score)").arg(action),
                UsageError);
}

int QuestionnaireCommand::list(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (arguments.size() != 1)
        return fail(tr("questionnaire list: expected one FILE"), UsageError);
    ProjectError error;
    const auto project = Project::open(arguments.first(), Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto versions = QuestionnaireStore::list(project->database(), &message);
    if (!message.isEmpty())
        return fail(message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& version : versions)
            list.append(QJsonObject{{QStringLiteral("code"), version.code}, {QStringLiteral("name"), version.name},
                                    {QStringLiteral("channel"), version.channel}, {QStringLiteral("version"), version.number},
                                    {QStringLiteral("status"), version.status}, {QStringLiteral("questions"), version.questions},
                                    {QStringLiteral("responses"), version.responses}});
        printJson({{QStringLiteral("questionnaires"), list}});
        return Success;
    }
    if (versions.isEmpty())
        print(tr("No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit"));
    for (const auto& version : versions)
        print(tr("%1:%2  %3  (%4, %5, %n question(s), %6 reports)", nullptr, int(version.questions))
                  .arg(version.code).arg(version.number).arg(version.name, version.channel, version.status)
                  .arg(version.responses));
    return Success;
}

int QuestionnaireCommand::templates(const QCommandLineParser& parser)
{
    const auto entries = QuestionnaireTemplates::list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& entry : entries)
            list.append(QJsonObject{{QStringLiteral("id"), entry.id}, {QStringLiteral("code"), entry.code},
                                    {QStringLiteral("name"), entry.name}, {QStringLiteral("channel"), entry.channel},
                                    {QStringLiteral("questions"), entry.questions}});
        printJson({{QStringLiteral("templates"), list}});
        return Success;
    }
    for (const auto& entry : entries)
        print(QStringLiteral("%1  %2 (%3, %4)").arg(entry.id, -22).arg(entry.name, entry.channel).arg(entry.questions));
    return Success;
}

std::optional<Questionnaire> QuestionnaireCommand::source(const QCommandLineParser& parser, const QStringList& arguments,
                                                          int* exitCode)
{
    *exitCode = Failure;
    if (parser.isSet(QStringLiteral("json-file"))) {
        QString error;
        const QString path = parser.value(QStringLiteral("json-file"));
        const QByteArray bytes = readInput(path, &error);
        if (!error.isEmpty()) {
            fail(error);
            return std::nullopt;
        }
        QList<QuestionnaireProblem> problems;
        auto questionnaire = QuestionnaireJson::fromBytes(bytes, &problems);
        if (!questionnaire) {
            for (const auto& problem : problems)
                std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QDir::toNativeSeparators(path)), qUtf8Printable(problem.toString()));
            fail(tr("“%1” is not a valid questionnaire (%n problem(s))", nullptr, int(problems.size())).arg(path));
        }
        return questionnaire;
    }
    if (arguments.size() != 1) {
        *exitCode = UsageError;
        fail(tr("questionnaire: give a FILE (with --questionnaire) or --json-file"), UsageError);
        return std::nullopt;
    }
    ProjectError projectError;
    const auto project = Project::open(arguments.first(), Project::Mode::ReadOnly, &projectError);
    if (!project) {
        fail(projectError.message);
        return std::nullopt;
    }
    QString error;
    std::optional<qint64> versionId;
    if (parser.isSet(QStringLiteral("questionnaire"))) {
        versionId = QuestionnaireStore::findVersion(project->database(), parser.value(QStringLiteral("questionnaire")), &error);
    } else {
        const auto versions = QuestionnaireStore::list(project->database(), &error);
        if (versions.size() == 1)
            versionId = versions.first().versionId;
        else
            error = versions.isEmpty() ? tr("the programme has no questionnaire")
                                       : tr("the programme has %1 questionnaire versions: choose one with --questionnaire").arg(versions.size());
    }
    if (!versionId) {
        fail(tr("%1: %2").arg(QDir::toNativeSeparators(project->filePath()), error));
        return std::nullopt;
    }
    auto questionnaire = QuestionnaireStore::load(project->database(), *versionId, &error);
    if (!questionnaire)
        fail(error);
    return questionnaire;
}

int QuestionnaireCommand::exportVersion(const QCommandLineParser& parser, const QStringList& arguments)
{
    int exitCode = Failure;
    const auto questionnaire = source(parser, arguments, &exitCode);
    if (!questionnaire)
        return exitCode;
    const QString format = parser.value(QStringLiteral("format"));
    const QString language = parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                      : questionnaire->sourceLanguage;
    if (!questionnaire->languages.contains(language))
        return fail(tr("questionnaire export: “%1” is not one of the questionnaire's languages (%2)")
                        .arg(language, questionnaire->languages.join(QStringLiteral(", "))),
                    UsageError);
    if (format == QLatin1String("xform") || format == QLatin1String("xlsform"))
        return exportOdk(parser, *questionnaire, format);
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = QuestionnaireJson::toBytes(*questionnaire);
    else if (format == QLatin1String("briefing"))
        bytes = QuestionnaireDocuments::briefingHtml(*questionnaire, language).toUtf8();
    else if (format == QLatin1String("scoring"))
        bytes = QuestionnaireDocuments::scoringSheetHtml(*questionnaire, language).toUtf8();
    else
        return fail(tr("questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)").arg(format),
                    UsageError);
    if (!parser.isSet(QStringLiteral("output"))) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Success;
    }
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return Success;
}

int QuestionnaireCommand::exportOdk(const QCommandLineParser& parser, const Questionnaire& questionnaire, const QString& format)
{
    const bool xlsForm = format == QLatin1String("xlsform");
    const QString out = parser.value(QStringLiteral("output"));
    if (xlsForm && out.isEmpty())
        return fail(tr("questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx"), UsageError);
    if (parser.isSet(QStringLiteral("json")) && out.isEmpty())
        return fail(tr("questionnaire export: --json reports on the export: give --out PATH too"), UsageError);
    OdkFormBuilder::Options options;
    options.askVisitId = parser.isSet(QStringLiteral("ask-visit-id"));
    options.commentForEveryQuestion = parser.isSet(QStringLiteral("comment-every-question"));
    options.version = parser.value(QStringLiteral("form-version"));
    QList<QuestionnaireProblem> notes;
    const OdkForm form = OdkFormBuilder::build(questionnaire, options, &notes);
    // What ODK cannot express is said before anything is written, never dropped in silence.
    if (!parser.isSet(QStringLiteral("json")))
        for (const auto& note : notes)
            std::fprintf(stderr, "%s\n", qUtf8Printable(tr("note: %1").arg(note.toString())));
    if (out.isEmpty()) {
        const QByteArray bytes = XFormWriter::toXml(form);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return Success;
    }
    QString error;
    if (!(xlsForm ? XlsFormWriter::write(out, form, &error) : XFormWriter::write(out, form, &error)))
        return fail(tr("questionnaire export: %1").arg(error));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("format"), format},
                   {QStringLiteral("path"), QDir::toNativeSeparators(out)},
                   {QStringLiteral("form_id"), form.id},
                   {QStringLiteral("version"), form.version},
                   {QStringLiteral("languages"), QJsonArray::fromStringList(form.languages)},
                   {QStringLiteral("questions"), int(questionnaire.questionsInOrder().size())},
                   {QStringLiteral("notes"), problemsJson(notes)}});
    } else {
        print(tr("Wrote %1 (%2 %3, version %4, %n question(s))", nullptr, int(questionnaire.questionsInOrder().size()))
                  .arg(QDir::toNativeSeparators(out), xlsForm ? tr("XLSForm") : tr("XForm"), form.id, form.version));
    }
    return Success;
}

int QuestionnaireCommand::importVersion(const QCommandLineParser& parser, const QStringList& arguments)
{
    const bool fromTemplate = parser.isSet(QStringLiteral("template"));
    if (arguments.size() != (fromTemplate ? 1 : 2))
        return fail(tr("questionnaire import: expected FILE and a JSON file or XLSForm (.xlsx), or FILE --template ID"),
                    UsageError);
    std::optional<Questionnaire> questionnaire;
    QList<QuestionnaireProblem> problems;
    QString error;
    if (fromTemplate) {
        questionnaire = QuestionnaireTemplates::load(parser.value(QStringLiteral("template")), &error);
        if (!questionnaire)
            return fail(tr("questionnaire import: %1 (see 'shopscope-cli questionnaire templates')").arg(error));
    } else if (arguments.at(1).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        // An XLSForm workbook: a new questionnaire from an ODK / Kobo form (docs/odk.md).
        questionnaire = OdkFormImporter::fromWorkbook(arguments.at(1), &problems);
    } else {
        const QByteArray bytes = readInput(arguments.at(1), &error);
        if (!error.isEmpty())
            return fail(error);
        questionnaire = QuestionnaireJson::fromBytes(bytes, &problems);
    }
    if (questionnaire)
        problems += QuestionnaireValidator::validate(*questionnaire);
    const bool refused = !questionnaire || QuestionnaireValidator::hasErrors(problems);
    const QString source = fromTemplate ? parser.value(QStringLiteral("template")) : QDir::toNativeSeparators(arguments.at(1));
    if (!parser.isSet(QStringLiteral("json")))
        for (const auto& problem : problems)
            std::fprintf(stderr, "%s: %s%s\n", qUtf8Printable(source),
                         problem.severity == QuestionnaireProblem::Severity::Warning ? "warning: " : "",
                         qUtf8Printable(problem.toString()));
    auto report = [&](bool imported, qint64 versionId) {
        if (parser.isSet(QStringLiteral("json")))
            printJson({{QStringLiteral("imported"), imported}, {QStringLiteral("version_id"), versionId},
                       {QStringLiteral("problems"), problemsJson(problems)}});
    };
    if (refused) {
        report(false, 0);
        return fail(tr("questionnaire import: nothing imported from %1 (%n problem(s) to fix)", nullptr,
                       int(std::count_if(problems.cbegin(), problems.cend(), [](const QuestionnaireProblem& problem) {
                           return problem.severity == QuestionnaireProblem::Severity::Error;
                       })))
                        .arg(source));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        report(false, 0);
        if (!parser.isSet(QStringLiteral("json")))
            print(tr("%1 can be imported (dry run: nothing written)").arg(source));
        return Success;
    }
    ProjectError projectError;
    auto project = Project::open(arguments.first(), Project::Mode::ReadWrite, &projectError);
    if (!project)
        return fail(projectError.message);
    std::optional<qint64> versionId;
    if (!project->write(
            [&](const QSqlDatabase& db, QString* why) {
                versionId = QuestionnaireStore::insertVersion(db, *questionnaire, why);
                return versionId.has_value();
            },
            &projectError))
        return fail(projectError.message);
    report(true, *versionId);
    if (!parser.isSet(QStringLiteral("json")))
        print(tr("Imported %1 (%n question(s)) into %2", nullptr, int(questionnaire->questionsInOrder().size()))
                  .arg(questionnaire->code, project->displayName()));
    return Success;
}

int QuestionnaireCommand::validate(const QCommandLineParser& parser, const QStringList& arguments)
{
    int exitCode = Failure;
    const auto questionnaire = source(parser, arguments, &exitCode);
    if (!questionnaire)
        return exitCode;
    const auto problems = QuestionnaireValidator::validate(*questionnaire);
    const bool errors = QuestionnaireValidator::hasErrors(problems);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("ok"), !errors}, {QStringLiteral("problems"), problemsJson(problems)}});
    } else {
        for (const auto& problem : problems)
            print(QStringLiteral("%1%2").arg(problem.severity == QuestionnaireProblem::Severity::Warning ? tr("warning: ") : QString(),
                                             problem.toString()));
        if (problems.isEmpty())
            print(tr("%1: no problems found").arg(questionnaire->code));
    }
    return errors ? Failure : Success;
}

int QuestionnaireCommand::score(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.isSet(QStringLiteral("answers")))
        return fail(tr("questionnaire score: --answers is missing"), UsageError);
    int exitCode = Failure;
    const auto questionnaire = source(parser, arguments, &exitCode);
    if (!questionnaire)
        return exitCode;
    QString error;
    const QString answersPath = parser.value(QStringLiteral("answers"));
    const QByteArray bytes = readInput(answersPath, &error);
    if (!error.isEmpty())
        return fail(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return fail(tr("%1: the answers must be one JSON object of answers by question code (%2)")
                        .arg(QDir::toNativeSeparators(answersPath),
                             parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("found something else")));
    const ScoringPlan plan(*questionnaire);
    std::vector<AnswerValue> answers(plan.questions().size());
    QStringList problems;
    const QJsonObject given = document.object();
    for (auto it = given.begin(); it != given.end(); ++it) {
        const int index = plan.questionIndex(it.key());
        if (index < 0) {
            problems << tr("%1: there is no such question in %2").arg(it.key(), questionnaire->code);
            continue;
        }
        QString problem;
        if (const auto answer = plan.answerFromJson(index, it.value(), &problem))
            answers[size_t(index)] = *answer;
        else
            problems << problem;
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            std::fprintf(stderr, "%s: %s\n", qUtf8Printable(QDir::toNativeSeparators(answersPath)), qUtf8Printable(problem));
        return fail(tr("%1: %n answer(s) cannot be scored", nullptr, int(problems.size())).arg(QDir::toNativeSeparators(answersPath)));
    }
    const VisitScore result = ScoringEngine::score(plan, answers);
    QJsonArray sections;
    for (size_t i = 0; i < plan.sections().size(); ++i) {
        QJsonObject object = resultJson(result.sections[i]);
        object.insert(QStringLiteral("code"), plan.sections()[i].code);
        sections.append(object);
    }
    QJsonArray questions;
    for (size_t i = 0; i < plan.questions().size(); ++i) {
        if (!plan.questions()[i].scored)
            continue;
        QJsonObject object = resultJson(result.questions[i]);
        object.insert(QStringLiteral("code"), plan.questions()[i].code);
        questions.append(object);
    }
    printJson({{QStringLiteral("questionnaire"), questionnaire->code},
               {QStringLiteral("visit"), resultJson(result.visit)},
               {QStringLiteral("sections"), sections},
               {QStringLiteral("questions"), questions}});
    return Success;
}
