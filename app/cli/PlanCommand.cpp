#include "PlanCommand.h"

#include "PlanSummaryPrinter.h"

#include "commands/PlanCommands.h"
#include "planning/VisitGenerator.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
const QStringList kRuleOptions = {QStringLiteral("rules"),   QStringLiteral("visits"),      QStringLiteral("channel-visits"),
                                  QStringLiteral("scenarios"), QStringLiteral("allocation"), QStringLiteral("channels"),
                                  QStringLiteral("regions"), QStringLiteral("competitors"), QStringLiteral("weekday"),
                                  QStringLiteral("daypart"), QStringLiteral("weeks")};

QStringList listValue(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

} // namespace

QString PlanCommand::summary() const
{
    return tr("Show a wave's sample plan rules and generate its visits with a quota check.");
}

void PlanCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("The sample plan: rules that turn locations, scenarios and quotas into a wave's visits.\n\n"
           "  rules FILE [--wave NAME] [--json]\n"
           "  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]\n"
           "  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]\n"
           "                [--rules RULES.json] [rule options] [--save-rules wave|programme|no]\n\n"
           "The rules in effect are the wave's own, else the programme's default, else one visit per active\n"
           "location rotating through every active scenario of its channel. --rules and the rule options change\n"
           "them for this run; a generation that changes them stores them for the wave (or with\n"
           "--save-rules programme as the default of every wave). Visits that are assigned, done, locked or\n"
           "have a report stay; the wave's other planned visits are replaced. The rules document is described\n"
           "in docs/sample-plan.md. Example:\n"
           "  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("rules, generate or summary"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    // --wave, --by, --json and --csv, shared by every action (generate: --by region|scenario
    // adds the quota check per region or scenario).
    PlanSummaryPrinter::addOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), tr("Show the proposal and its quota check; write nothing.")});
    parser.addOption({QStringLiteral("seed"), tr("The seed that makes the plan reproducible (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("rules"), tr("Read the rules from a JSON document."), tr("FILE")});
    parser.addOption({QStringLiteral("save-rules"), tr("Store the rules for the wave (default), the programme, or not."), tr("WHERE")});
    parser.addOption({QStringLiteral("visits"), tr("Visits per location."), tr("N")});
    parser.addOption({QStringLiteral("channel-visits"), tr("Visits per location of a channel, e.g. call=10 (repeatable)."),
                      tr("CHANNEL=N")});
    parser.addOption({QStringLiteral("scenarios"), tr("Scenario codes in rotation order, comma-separated."), tr("CODES")});
    parser.addOption({QStringLiteral("allocation"), tr("rotation or fixed."), tr("KIND")});
    parser.addOption({QStringLiteral("channels"), tr("Only locations of these channels, comma-separated."), tr("LIST")});
    parser.addOption({QStringLiteral("regions"), tr("Only locations in these regions, comma-separated."), tr("LIST")});
    parser.addOption({QStringLiteral("competitors"), tr("exclude, include or only."), tr("KIND")});
    parser.addOption({QStringLiteral("weekday"), tr("A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable)."), tr("DAY=SHARE")});
    parser.addOption({QStringLiteral("daypart"), tr("A daypart quota, e.g. evening=0.2 (repeatable)."), tr("PART=SHARE")});
    parser.addOption({QStringLiteral("weeks"), tr("even (spread over the weeks of the wave) or free."), tr("KIND")});
}

int PlanCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("rules") && arguments.size() == 2)
        return rules(parser, arguments.at(1));
    if (action == QLatin1String("generate") && arguments.size() == 2)
        return generate(parser, arguments.at(1));
    if (action == QLatin1String("summary") && arguments.size() == 2)
        return PlanSummaryPrinter::print(parser, arguments.at(1));
    return fail(tr("plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')"),
                UsageError);
}

bool PlanCommand::hasRuleOptions(const QCommandLineParser& parser)
{
    return std::any_of(kRuleOptions.begin(), kRuleOptions.end(), [&](const QString& option) { return parser.isSet(option); });
}

std::optional<PlanRules> PlanCommand::rulesFromArguments(const QCommandLineParser& parser, const PlanRules& base,
                                                         int* exitCode) const
{
    auto usage = [&](const QString& message) -> std::optional<PlanRules> {
        *exitCode = fail(message, UsageError);
        return std::nullopt;
    };
    QJsonObject json = base.toJson();
    if (parser.isSet(QStringLiteral("rules"))) {
        const QString path = parser.value(QStringLiteral("rules"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("plan: cannot read %1: %2").arg(path, file.errorString()));
        QString why;
        const auto fromFile = PlanRules::fromJson(file.readAll(), &why);
        if (!fromFile)
            return usage(tr("plan: %1: %2").arg(path, why));
        json = fromFile->toJson();
    }
    auto sub = [&](const char* key) { return json.value(QLatin1String(key)).toObject(); };
    QJsonObject locations = sub("locations"), visits = sub("visits"), scenarios = sub("scenarios");
    QJsonObject weekdays = sub("weekdays"), dayparts = sub("dayparts");
    bool ok = false;
    if (parser.isSet(QStringLiteral("visits"))) {
        const int count = parser.value(QStringLiteral("visits")).toInt(&ok);
        if (!ok || count < 0)
            return usage(tr("plan: --visits must be a whole number of 0 or more, not “%1”").arg(parser.value(QStringLiteral("visits"))));
        visits = QJsonObject{{QStringLiteral("mode"), QStringLiteral("fixed")}, {QStringLiteral("count"), count}};
    }
    for (const QString& pair : parser.values(QStringLiteral("channel-visits"))) {
        const QString channel = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const int count = pair.section(QLatin1Char('='), 1).toInt(&ok);
        if (!pair.contains(QLatin1Char('=')) || !ok || count < 0)
            return usage(tr("plan: --channel-visits must look like call=10, not “%1”").arg(pair));
        if (visits.value(QStringLiteral("mode")).toString() != QLatin1String("fixed"))
            visits = QJsonObject{{QStringLiteral("mode"), QStringLiteral("fixed")}, {QStringLiteral("count"), 1}};
        QJsonObject byChannel = visits.value(QStringLiteral("by_channel")).toObject();
        byChannel.insert(channel, count);
        visits.insert(QStringLiteral("by_channel"), byChannel);
    }
    if (parser.isSet(QStringLiteral("scenarios")))
        scenarios.insert(QStringLiteral("codes"), QJsonArray::fromStringList(listValue(parser.value(QStringLiteral("scenarios")))));
    if (parser.isSet(QStringLiteral("allocation")))
        scenarios.insert(QStringLiteral("allocation"), parser.value(QStringLiteral("allocation")));
    if (parser.isSet(QStringLiteral("channels")))
        locations.insert(QStringLiteral("channels"), QJsonArray::fromStringList(listValue(parser.value(QStringLiteral("channels")))));
    if (parser.isSet(QStringLiteral("regions")))
        locations.insert(QStringLiteral("regions"), QJsonArray::fromStringList(listValue(parser.value(QStringLiteral("regions")))));
    if (parser.isSet(QStringLiteral("competitors")))
        locations.insert(QStringLiteral("competitors"), parser.value(QStringLiteral("competitors")));
    auto shares = [&](const QString& option, QJsonObject* target) -> bool {
        for (const QString& pair : parser.values(option)) {
            QString value = pair.section(QLatin1Char('='), 1).trimmed();
            const bool percent = value.endsWith(QLatin1Char('%'));
            if (percent)
                value.chop(1);
            const double share = value.toDouble(&ok) / (percent ? 100.0 : 1.0);
            if (!pair.contains(QLatin1Char('=')) || !ok) {
                fail(tr("plan: --%1 must look like %2, not “%3”")
                         .arg(option, option == QLatin1String("weekday") ? QStringLiteral("saturday=0.3") : QStringLiteral("evening=0.2"), pair),
                     UsageError);
                return false;
            }
            target->insert(pair.section(QLatin1Char('='), 0, 0).trimmed().toLower(), share);
        }
        return true;
    };
    if (!shares(QStringLiteral("weekday"), &weekdays) || !shares(QStringLiteral("daypart"), &dayparts)) {
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("weeks")))
        json.insert(QStringLiteral("weeks"), parser.value(QStringLiteral("weeks")));
    json.insert(QStringLiteral("locations"), locations);
    json.insert(QStringLiteral("visits"), visits);
    json.insert(QStringLiteral("scenarios"), scenarios);
    json.insert(QStringLiteral("weekdays"), weekdays);
    json.insert(QStringLiteral("dayparts"), dayparts);
    QString why;
    auto rules = PlanRules::fromJson(json, &why);
    if (!rules)
        return usage(tr("plan: %1").arg(why));
    return rules;
}

int PlanCommand::rules(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    qint64 waveId = 0;
    QString message;
    if (parser.isSet(QStringLiteral("wave"))) {
        const auto found = WaveLookup::find(project->database(), parser.value(QStringLiteral("wave")), &message);
        if (!found)
            return fail(tr("plan rules: %1").arg(message));
        waveId = *found;
    }
    QString source = QStringLiteral("default");
    std::optional<PlanRules> rules;
    if (waveId > 0) {
        rules = PlanRules::forWave(project->database(), waveId, &source, &message);
    } else {
        const QString stored = PlanRules::storedJson(project->database(), 0);
        rules = stored.isEmpty() ? std::optional<PlanRules>(PlanRules()) : PlanRules::fromJson(stored.toUtf8(), &message);
        source = stored.isEmpty() ? QStringLiteral("default") : QStringLiteral("programme");
    }
    if (!rules)
        return fail(tr("plan rules: %1").arg(message));
    const QJsonObject json{{QStringLiteral("source"), source}, {QStringLiteral("rules"), rules->toJson()}};
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        print(tr("Rules from: %1\n%2").arg(source, QString::fromUtf8(QJsonDocument(rules->toJson()).toJson(QJsonDocument::Indented)).trimmed()));
    return Success;
}

QString PlanCommand::checkTable(const PlanProposal& proposal, const QString& scopeKind)
{
    QString text = QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(tr("Scope"), -24)
                       .arg(tr("Quota"), -14)
                       .arg(tr("Asked"), 9)
                       .arg(tr("Achieved"), 9)
                       .arg(tr("Holds"));
    for (const PlanProposal::Check& check : proposal.checks) {
        const bool wanted = scopeKind.isEmpty() ? check.scope.isEmpty()
                                                : check.scope.isEmpty() || check.scope.startsWith(scopeKind + QLatin1Char(':'));
        if (!wanted)
            continue;
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(PlanProposal::Check::scopeLabel(check.scope).left(24), -24)
                    .arg(check.cellLabel(), -14)
                    .arg(QLocale().toString(check.asked, 'f', 1), 9)
                    .arg(QLocale().toString(check.achieved), 9)
                    .arg(check.holds() ? tr("yes") : tr("NO"));
    }
    return text;
}

int PlanCommand::generate(const QCommandLineParser& parser, const QString& file)
{
    const QString wave = parser.value(QStringLiteral("wave"));
    if (wave.isEmpty())
        return fail(tr("plan generate: give the wave with --wave NAME"), UsageError);
    quint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("plan generate: --seed must be a whole number of 0 or more, not “%1”").arg(parser.value(QStringLiteral("seed"))),
                        UsageError);
    }
    const QString by = parser.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("region") && by != QLatin1String("scenario"))
        return fail(tr("plan generate: --by must be region or scenario, not “%1”").arg(by), UsageError);
    const QString saveRules = parser.isSet(QStringLiteral("save-rules")) ? parser.value(QStringLiteral("save-rules")) : QStringLiteral("wave");
    if (saveRules != QLatin1String("wave") && saveRules != QLatin1String("programme") && saveRules != QLatin1String("no"))
        return fail(tr("plan generate: --save-rules must be wave, programme or no, not “%1”").arg(saveRules), UsageError);

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ProjectError error;
    auto project = Project::open(file, dryRun ? Project::Mode::ReadOnly : Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto waveId = WaveLookup::find(project->database(), wave, &message);
    if (!waveId)
        return fail(tr("plan generate: %1").arg(message));
    const auto stored = PlanRules::forWave(project->database(), *waveId, nullptr, &message);
    if (!stored)
        return fail(tr("plan generate: %1").arg(message));
    int exitCode = Success;
    const auto rules = rulesFromArguments(parser, *stored, &exitCode);
    if (!rules)
        return exitCode;
    const auto proposal = VisitGenerator::propose(project->database(), wave, *rules, seed, &message);
    if (!proposal)
        return fail(tr("plan generate: the plan is impossible: %1").arg(message));

    GenerateVisitsCommand::StoreRules store = GenerateVisitsCommand::StoreRules::No;
    if (hasRuleOptions(parser) && saveRules != QLatin1String("no"))
        store = saveRules == QLatin1String("programme") ? GenerateVisitsCommand::StoreRules::ForProgramme
                                                         : GenerateVisitsCommand::StoreRules::ForWave;
    if (!dryRun && !Command::generateVisits(project.get(), *proposal, store, &message))
        return fail(tr("plan generate: nothing written: %1").arg(message));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray checks;
        for (const PlanProposal::Check& check : proposal->checks)
            checks.append(QJsonObject{{QStringLiteral("dimension"), check.dimension},
                                      {QStringLiteral("scope"), check.scope},
                                      {QStringLiteral("cell"), check.cell},
                                      {QStringLiteral("asked"), std::round(check.asked * 10) / 10},
                                      {QStringLiteral("achieved"), check.achieved},
                                      {QStringLiteral("holds"), check.holds()}});
        printJson({{QStringLiteral("wave"), proposal->waveCode},
                   {QStringLiteral("seed"), QString::number(proposal->seed)},
                   {QStringLiteral("written"), !dryRun},
                   {QStringLiteral("locations"), proposal->locations},
                   {QStringLiteral("new_visits"), qint64(proposal->visits.size())},
                   {QStringLiteral("replaced_visits"), qint64(proposal->replacedVisits.size())},
                   {QStringLiteral("kept_visits"), proposal->keptVisits},
                   {QStringLiteral("budget"), std::round(proposal->budget * 100) / 100},
                   {QStringLiteral("quotas_hold"), proposal->quotasHold()},
                   {QStringLiteral("notes"), QJsonArray::fromStringList(proposal->notes)},
                   {QStringLiteral("rules"), proposal->rules.toJson()},
                   {QStringLiteral("checks"), checks}});
        return Success;
    }
    QString text = dryRun ? tr("Dry run for wave %1 (nothing written):\n").arg(proposal->waveCode)
                          : tr("Generated wave %1:\n").arg(proposal->waveCode);
    text += tr("  %n location(s)\n", nullptr, proposal->locations);
    text += tr("  %n new visit(s), ", nullptr, int(proposal->visits.size()))
            + tr("%n replaced, ", nullptr, int(proposal->replacedVisits.size()))
            + tr("%n kept\n", nullptr, proposal->keptVisits);
    text += tr("  fieldwork budget %1\n").arg(QLocale().toString(proposal->budget, 'f', 2));
    for (const QString& note : proposal->notes)
        text += QStringLiteral("  ! ") + note + QLatin1Char('\n');
    text += QLatin1Char('\n') + checkTable(*proposal, by);
    print(text.trimmed());
    return Success;
}
