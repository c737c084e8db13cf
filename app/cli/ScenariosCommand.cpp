#include "ScenariosCommand.h"

#include "commands/ScenarioCommands.h"
#include "models/DomainLabels.h"
#include "planning/Scenario.h"
#include "planning/ScenarioStore.h"
#include "planning/ScenarioValidator.h"
#include "project/Project.h"
#include "questionnaire/QuestionnaireStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
// "NORDBANK:1" and "NORDBANK v1 (frozen)" for a version id; empty when there is none.
struct VersionName
{
    QString reference;
    QString label;
    QString status;
};

VersionName versionName(const QSqlDatabase& db, const std::optional<qint64>& id)
{
    if (!id)
        return {};
    for (const auto& version : QuestionnaireStore::list(db, nullptr))
        if (version.versionId == *id)
            return {QStringLiteral("%1:%2").arg(version.code).arg(version.number),
                    QStringLiteral("%1 v%2 (%3)").arg(version.code).arg(version.number).arg(version.status), version.status};
    return {};
}

QJsonValue optionalJson(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject scenarioJson(const QSqlDatabase& db, const Scenario& scenario)
{
    const VersionName version = versionName(db, scenario.versionId);
    QJsonObject texts;
    QJsonArray missing;
    for (const QString& language : ScenarioStore::programmeLanguages(db)) {
        if (!scenario.texts.contains(language)) {
            missing.append(language);
            continue;
        }
        const Scenario::Text& text = scenario.texts.value(language);
        texts.insert(language, QJsonObject{{QStringLiteral("title"), text.title}, {QStringLiteral("script"), text.script}});
    }
    const auto id = ScenarioStore::idOf(db, scenario.code);
    return {{QStringLiteral("code"), scenario.code},
            {QStringLiteral("channel"), scenario.channel},
            {QStringLiteral("questionnaire"), version.reference.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.reference)},
            {QStringLiteral("questionnaire_status"), version.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.status)},
            {QStringLiteral("fee"), scenario.fee},
            {QStringLiteral("expected_minutes"), optionalJson(scenario.expectedMinutes)},
            {QStringLiteral("min_age"), optionalJson(scenario.minAge)},
            {QStringLiteral("max_age"), optionalJson(scenario.maxAge)},
            {QStringLiteral("gender"), scenario.gender.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scenario.gender)},
            {QStringLiteral("active"), scenario.active},
            {QStringLiteral("languages"), QJsonArray::fromStringList(scenario.languages)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(scenario.tags)},
            {QStringLiteral("texts"), texts},
            {QStringLiteral("missing_translations"), missing},
            {QStringLiteral("visits"), id ? ScenarioStore::visitCount(db, *id) : 0}};
}

QString ageText(const Scenario& scenario)
{
    if (!scenario.minAge && !scenario.maxAge)
        return ScenariosCommand::tr("any age");
    if (!scenario.maxAge)
        return ScenariosCommand::tr("aged %1 or more").arg(*scenario.minAge);
    if (!scenario.minAge)
        return ScenariosCommand::tr("aged up to %1").arg(*scenario.maxAge);
    return ScenariosCommand::tr("aged %1–%2").arg(*scenario.minAge).arg(*scenario.maxAge);
}

// LANG=TEXT, as --title and --script take it.
std::optional<std::pair<QString, QString>> languagePair(const QString& value)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return std::pair{value.left(equals).trimmed(), value.mid(equals + 1)};
}
} // namespace

QString ScenariosCommand::summary() const
{
    return tr("List, show, add, change, duplicate and delete scenarios.");
}

void ScenariosCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Scenarios: the scripts shoppers play, with the shopper profile they need and their fee.\n\n"
           "  list FILE [--json]\n"
           "  show FILE CODE [--json]\n"
           "  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]\n"
           "       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]\n"
           "       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...\n"
           "       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...\n"
           "       [--active yes|no] [--json]\n"
           "  duplicate FILE CODE [NEWCODE] [--json]\n"
           "  delete FILE CODE... [--json]\n\n"
           "'save' adds the scenario when the code is new and changes it otherwise; options not given\n"
           "keep their value. --language and --tag replace the whole list (none empties it); an age band\n"
           "may be open (25- or -45). A title is required in the programme's source language; other\n"
           "languages may wait for their translation (an empty --title LANG= removes one). A scenario\n"
           "that visits play cannot be deleted: make it inactive with --active no."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, show, save, duplicate or delete"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("code"), tr("The scenario to add or change."), tr("CODE")});
    parser.addOption({QStringLiteral("rename"), tr("A new code for the scenario."), tr("NEW")});
    parser.addOption({QStringLiteral("channel"), tr("visit, call, email, web, social or audit."), tr("CHANNEL")});
    parser.addOption({QStringLiteral("version"), tr("The questionnaire version its reports answer (CODE = the latest), or none."),
                      tr("QCODE:N")});
    parser.addOption({QStringLiteral("fee"), tr("What the shopper is paid."), tr("X")});
    parser.addOption({QStringLiteral("minutes"), tr("The expected duration in minutes, or none."), tr("N")});
    parser.addOption({QStringLiteral("age"), tr("The shopper's age band, e.g. 25-45, 25- or -45, or none."), tr("MIN-MAX")});
    parser.addOption({QStringLiteral("gender"), tr("female, male, other or any."), tr("GENDER")});
    parser.addOption({QStringLiteral("language"), tr("A language the shopper must speak (repeat for more)."), tr("CODE")});
    parser.addOption({QStringLiteral("tag"), tr("A tag the shopper must carry (repeat for more)."), tr("TAG")});
    parser.addOption({QStringLiteral("title"), tr("The title in one language."), tr("LANG=TEXT")});
    parser.addOption({QStringLiteral("script"), tr("The script in one language."), tr("LANG=TEXT")});
    parser.addOption({QStringLiteral("script-file"), tr("The script in one language, read from a UTF-8 file."), tr("LANG=PATH")});
    parser.addOption({QStringLiteral("active"), tr("Whether new waves use it: yes or no."), tr("yes|no")});
}

int ScenariosCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 2)
        return list(parser, arguments.at(1));
    if (action == QLatin1String("show") && arguments.size() == 3)
        return show(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("save") && arguments.size() == 2)
        return save(parser, arguments.at(1));
    if (action == QLatin1String("duplicate") && (arguments.size() == 3 || arguments.size() == 4))
        return duplicate(parser, arguments.at(1), arguments.at(2), arguments.value(3));
    if (action == QLatin1String("delete") && arguments.size() >= 3)
        return remove(parser, arguments.at(1), arguments.mid(2));
    return fail(tr("scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE "
                   "or delete FILE CODE... (see 'shopscope-cli scenarios --help')"),
                UsageError);
}

int ScenariosCommand::list(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    const QSqlDatabase db = project->database();
    const QString source = ScenarioStore::sourceLanguage(db);
    QSqlQuery query(QStringLiteral("SELECT code FROM scenario ORDER BY code"), db);
    QJsonArray scenarios;
    QString text;
    while (query.next()) {
        const auto scenario = ScenarioStore::load(db, query.value(0).toString(), nullptr);
        if (!scenario)
            continue;
        scenarios.append(scenarioJson(db, *scenario));
        text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                    .arg(scenario->code, -16)
                    .arg(DomainLabels::label(DomainLabels::Channel, scenario->channel), -16)
                    .arg(QLocale().toString(scenario->fee, 'f', 2), 8)
                    .arg(ageText(*scenario), -14)
                    .arg(scenario->texts.value(source).title, scenario->active ? QString() : tr("  (inactive)"));
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("scenarios"), scenarios}});
    else
        print(text.isEmpty() ? tr("No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE")
                                   .arg(source)
                             : text);
    return Success;
}

int ScenariosCommand::show(const QCommandLineParser& parser, const QString& file, const QString& code)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto scenario = ScenarioStore::load(project->database(), code, &message);
    if (!scenario)
        return fail(tr("scenarios show: %1").arg(message));
    printScenario(parser, project.get(), *scenario, {});
    return Success;
}

void ScenariosCommand::printScenario(const QCommandLineParser& parser, Project* project, const Scenario& scenario,
                                     const QJsonObject& wrapper)
{
    const QSqlDatabase db = project->database();
    if (parser.isSet(QStringLiteral("json"))) {
        if (wrapper.isEmpty()) {
            printJson(scenarioJson(db, scenario));
        } else {
            QJsonObject object = wrapper;
            object.insert(QStringLiteral("scenario"), scenarioJson(db, scenario));
            printJson(object);
        }
        return;
    }
    const QString none = tr("none");
    const auto id = ScenarioStore::idOf(db, scenario.code);
    QString text = tr("Scenario:       %1%2\nChannel:        %3\nQuestionnaire:  %4\nFee:            %5\n"
                      "Duration:       %6\nShopper:        %7, %8\nLanguages:      %9\n")
                       .arg(scenario.code, scenario.active ? QString() : tr(" (inactive)"),
                            DomainLabels::label(DomainLabels::Channel, scenario.channel))
                       .arg(scenario.versionId ? versionName(db, scenario.versionId).label : none)
                       .arg(QLocale().toString(scenario.fee, 'f', 2))
                       .arg(scenario.expectedMinutes ? tr("%n minute(s)", nullptr, *scenario.expectedMinutes) : none)
                       .arg(ageText(scenario),
                            scenario.gender.isEmpty() ? tr("any gender") : DomainLabels::label(DomainLabels::Gender, scenario.gender))
                       .arg(scenario.languages.isEmpty() ? none : scenario.languages.join(QStringLiteral(", ")));
    text += tr("Tags:           %1\nVisits:         %2\n")
                .arg(scenario.tags.isEmpty() ? none : scenario.tags.join(QStringLiteral(", ")))
                .arg(id ? ScenarioStore::visitCount(db, *id) : 0);
    for (const QString& language : ScenarioStore::programmeLanguages(db)) {
        if (!scenario.texts.contains(language)) {
            text += tr("\n[%1] (missing: not translated yet)\n").arg(language);
            continue;
        }
        const Scenario::Text& entry = scenario.texts.value(language);
        text += QStringLiteral("\n[%1] %2\n").arg(language, entry.title);
        if (!entry.script.isEmpty())
            text += entry.script + QLatin1Char('\n');
    }
    print(text);
}

bool ScenariosCommand::applyOptions(const QCommandLineParser& parser, Project* project, Scenario* scenario)
{
    auto usage = [this](const QString& option, const QString& problem) {
        fail(tr("scenarios save: --%1: %2").arg(option, problem), UsageError);
        return false;
    };
    auto isSet = [&](const char* option) { return parser.isSet(QString::fromLatin1(option)); };
    auto value = [&](const char* option) { return parser.value(QString::fromLatin1(option)).trimmed(); };

    if (isSet("rename"))
        scenario->code = value("rename");
    if (isSet("channel")) {
        if (!ScenarioValidator::channels().contains(value("channel")))
            return usage(QStringLiteral("channel"),
                         tr("“%1” is not a channel; use visit, call, email, web, social or audit").arg(value("channel")));
        scenario->channel = value("channel");
    }
    if (isSet("version")) {
        if (value("version") == QLatin1String("none")) {
            scenario->versionId.reset();
        } else {
            QString problem;
            const auto id = QuestionnaireStore::findVersion(project->database(), value("version"), &problem);
            if (!id)
                return usage(QStringLiteral("version"), problem);
            scenario->versionId = id;
        }
    }
    if (isSet("fee")) {
        bool ok = false;
        scenario->fee = value("fee").toDouble(&ok);
        if (!ok)
            return usage(QStringLiteral("fee"), tr("“%1” is not a number (write 12.50)").arg(value("fee")));
    }
    if (isSet("minutes")) {
        bool ok = true;
        scenario->expectedMinutes = value("minutes") == QLatin1String("none") ? std::nullopt
                                                                               : std::optional<int>(value("minutes").toInt(&ok));
        if (!ok)
            return usage(QStringLiteral("minutes"), tr("“%1” is not a whole number of minutes").arg(value("minutes")));
    }
    if (isSet("age")) {
        static const QRegularExpression band(QStringLiteral("^(\\d*)\\s*[-–]\\s*(\\d*)$"));
        const QRegularExpressionMatch match = band.match(value("age"));
        if (value("age") == QLatin1String("none")) {
            scenario->minAge.reset();
            scenario->maxAge.reset();
        } else if (match.hasMatch() && !(match.captured(1).isEmpty() && match.captured(2).isEmpty())) {
            auto bound = [](const QString& digits) { return digits.isEmpty() ? std::nullopt : std::optional<int>(digits.toInt()); };
            scenario->minAge = bound(match.captured(1));
            scenario->maxAge = bound(match.captured(2));
        } else {
            return usage(QStringLiteral("age"), tr("“%1” is not an age band (write 25-45, 25- or -45)").arg(value("age")));
        }
    }
    if (isSet("gender")) {
        const QString gender = value("gender");
        if (gender != QLatin1String("any") && !ScenarioValidator::genders().contains(gender))
            return usage(QStringLiteral("gender"), tr("“%1” is not female, male, other or any").arg(gender));
        scenario->gender = gender == QLatin1String("any") ? QString() : gender;
    }
    for (const auto& [option, list] : {std::pair{"language", &scenario->languages}, std::pair{"tag", &scenario->tags}}) {
        if (!isSet(option))
            continue;
        const QStringList values = parser.values(QString::fromLatin1(option));
        *list = values == QStringList{QStringLiteral("none")} ? QStringList() : values;
    }
    for (const char* option : {"title", "script", "script-file"}) {
        for (const QString& entry : parser.values(QString::fromLatin1(option))) {
            const bool fromFile = qstrcmp(option, "script-file") == 0;
            const auto pair = languagePair(entry);
            if (!pair)
                return usage(QString::fromLatin1(option),
                             tr("“%1” is not LANG=%2").arg(entry, fromFile ? QStringLiteral("PATH") : QStringLiteral("TEXT")));
            QString content = pair->second;
            if (fromFile) {
                QFile file(content);
                if (!file.open(QIODevice::ReadOnly))
                    return usage(QString::fromLatin1(option), tr("cannot read %1: %2").arg(content, file.errorString()));
                content = QString::fromUtf8(file.readAll());
            }
            Scenario::Text& text = scenario->texts[pair->first];
            (qstrcmp(option, "title") == 0 ? text.title : text.script) = content;
        }
    }
    if (isSet("active")) {
        if (value("active") != QLatin1String("yes") && value("active") != QLatin1String("no"))
            return usage(QStringLiteral("active"), tr("“%1” is not yes or no").arg(value("active")));
        scenario->active = value("active") == QLatin1String("yes");
    }
    return true;
}

int ScenariosCommand::save(const QCommandLineParser& parser, const QString& file)
{
    const QString code = parser.value(QStringLiteral("code")).trimmed();
    if (code.isEmpty())
        return fail(tr("scenarios save: --code is missing (the scenario to add or change)"), UsageError);
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    const QSqlDatabase db = project->database();
    auto existing = ScenarioStore::load(db, code, nullptr);
    const bool created = !existing;
    Scenario scenario = existing.value_or(Scenario{});
    if (created)
        scenario.code = code;
    if (!applyOptions(parser, project.get(), &scenario))
        return UsageError;
    QString problems;
    if (!Command::saveScenario(project.get(), scenario, created ? QString() : code, &problems))
        return fail(tr("scenarios save: nothing saved: %1").arg(problems.split(QLatin1Char('\n')).join(QStringLiteral("; "))));
    const auto saved = ScenarioStore::load(db, scenario.code.trimmed(), &problems);
    if (!saved)
        return fail(problems);
    if (!parser.isSet(QStringLiteral("json")))
        print(created ? tr("Added scenario %1").arg(saved->code) : tr("Saved scenario %1").arg(saved->code));
    printScenario(parser, project.get(), *saved, {{QStringLiteral("created"), created}});
    return Success;
}

int ScenariosCommand::duplicate(const QCommandLineParser& parser, const QString& file, const QString& code,
                                const QString& newCode)
{
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto copy = Command::duplicateScenario(project.get(), code, newCode, &message);
    if (!copy)
        return fail(tr("scenarios duplicate: nothing copied: %1").arg(message.split(QLatin1Char('\n')).join(QStringLiteral("; "))));
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("copied"), code}, {QStringLiteral("code"), *copy}});
    else
        print(tr("Copied scenario %1 as %2").arg(code, *copy));
    return Success;
}

int ScenariosCommand::remove(const QCommandLineParser& parser, const QString& file, const QStringList& codes)
{
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    if (!Command::deleteScenarios(project.get(), codes, &message))
        return fail(tr("scenarios delete: nothing deleted: %1").arg(message));
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("deleted"), QJsonArray::fromStringList(codes)}});
    else
        print(tr("Deleted %n scenario(s): %1", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))));
    return Success;
}
