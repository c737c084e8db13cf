#include "AssignCommand.h"

#include "assignment/AssignmentSession.h"
#include "commands/AssignmentCommands.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

// Fields of `changes` replace those of `base`, section by section.
QJsonObject merged(QJsonObject base, const QJsonObject& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QString dateText(int day)
{
    return day == AssignmentProblem::noDay ? QString() : QDate::fromJulianDay(day).toString(Qt::ISODate);
}
} // namespace

QString AssignCommand::summary() const
{
    return tr("Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.");
}

void AssignCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Assignment of shoppers to visits.\n\n"
           "  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]\n"
           "  rules FILE [--set JSON | --reset] [--json]\n\n"
           "The wave's planned visits that are not locked get shoppers so that as many as possible are\n"
           "assigned and, among those assignments, the total cost is the lowest (proven unless the output says\n"
           "otherwise; see docs/assignment.md). Visits assigned by hand, accepted, done or locked stay as they are;\n"
           "visits assigned automatically earlier and not accepted yet are planned again unless\n"
           "--keep-assigned. Each visit left unassigned is explained by the rule that excluded its last\n"
           "candidates. --seed orders shoppers who cost the same. The whole run is one undo step in the\n"
           "window. rules shows the programme's rules; --set changes the fields it names, e.g.\n"
           "  assign rules demo.shopscope --set '{\"distance\":{\"max_km\":60},\"lockout\":{\"days\":90}}'"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file (or: rules FILE)."));
    parser.addOption({QStringLiteral("wave"), tr("The wave, by code or name."), tr("NAME")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show the result; write nothing.")});
    parser.addOption({QStringLiteral("keep-assigned"), tr("Keep the visits assigned automatically earlier as they are.")});
    parser.addOption({QStringLiteral("seed"), tr("The order of shoppers who cost the same (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("list"), tr("List every assignment with its cost.")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
    parser.addOption({QStringLiteral("set"), tr("rules: change the fields of this JSON document."), tr("JSON")});
    parser.addOption({QStringLiteral("reset"), tr("rules: back to the defaults.")});
}

int AssignCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 2 && arguments.first() == QLatin1String("rules"))
        return rules(parser, arguments.at(1));
    if (arguments.size() == 1)
        return assign(parser, arguments.first());
    return fail(tr("assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')"), UsageError);
}

int AssignCommand::rules(const QCommandLineParser& parser, const QString& file)
{
    const bool set = parser.isSet(QStringLiteral("set"));
    const bool reset = parser.isSet(QStringLiteral("reset"));
    if (set && reset)
        return fail(tr("assign rules: give --set or --reset, not both"), UsageError);
    QJsonObject changes;
    if (set) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(QStringLiteral("set")).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(tr("assign rules: --set is not a JSON object: %1")
                            .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not an object")),
                        UsageError);
        changes = document.object();
    }
    ProjectError error;
    auto project = Project::open(file, set || reset ? Project::Mode::ReadWrite : Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    bool stored = false;
    auto current = AssignmentRules::forProgramme(project->database(), &stored, &message);
    if (!current && !reset)
        return fail(tr("assign rules: %1").arg(message));
    if (set) {
        const auto changed = AssignmentRules::fromJson(merged(current->toJson(), changes), &message);
        if (!changed)
            return fail(tr("assign rules: %1").arg(message), UsageError);
        if (!Command::setAssignmentRules(project.get(), *changed, &message))
            return fail(tr("assign rules: nothing written: %1").arg(message));
        current = changed;
        stored = true;
    } else if (reset) {
        if (!Command::setAssignmentRules(project.get(), std::nullopt, &message))
            return fail(tr("assign rules: nothing written: %1").arg(message));
        current = AssignmentRules();
        stored = false;
    }
    const int lockoutDays = current->effectiveLockoutDays(project->database());
    const QString source = stored ? QStringLiteral("programme") : QStringLiteral("default");
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("source"), source},
                   {QStringLiteral("lockout_days_in_effect"), lockoutDays},
                   {QStringLiteral("rules"), current->toJson()}});
        return Success;
    }
    QString text = tr("Rules from: %1").arg(source) + QLatin1Char('\n');
    if (!current->lockoutDays)
        text += tr("Lockout: %n day(s), the programme's setting", nullptr, lockoutDays) + QLatin1Char('\n');
    text += QString::fromUtf8(QJsonDocument(current->toJson()).toJson(QJsonDocument::Indented)).trimmed();
    print(text);
    return Success;
}

int AssignCommand::assign(const QCommandLineParser& parser, const QString& file)
{
    const QString wave = parser.value(QStringLiteral("wave"));
    if (wave.isEmpty())
        return fail(tr("assign: give the wave with --wave NAME"), UsageError);
    quint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(tr("assign: --seed must be a whole number of 0 or more, not “%1”").arg(parser.value(QStringLiteral("seed"))),
                        UsageError);
    }
    if (parser.isSet(QStringLiteral("set")) || parser.isSet(QStringLiteral("reset")))
        return fail(tr("assign: --set and --reset belong to 'assign rules FILE'"), UsageError);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ProjectError error;
    auto project = Project::open(file, dryRun ? Project::Mode::ReadOnly : Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto waveId = WaveLookup::find(project->database(), wave, &message);
    if (!waveId)
        return fail(tr("assign: %1").arg(message));

    QElapsedTimer timer;
    timer.start();
    AssignmentLoader::Options options;
    options.replanAutoAssigned = !parser.isSet(QStringLiteral("keep-assigned"));
    const auto session = AssignmentSession::load(project->database(), *waveId, std::nullopt, options, seed, nullptr, {}, &message);
    if (!session)
        return fail(tr("assign: %1").arg(message));
    const auto result = session->solve(&message);
    if (!result)
        return fail(tr("assign: %1").arg(message));
    const AssignmentProblem& problem = session->problem();
    const auto changes = Command::assignmentChanges(problem, *result);
    bool written = false;
    if (!dryRun && !changes.empty()) {
        if (!Command::assignVisits(project.get(), problem, *result, &message))
            return fail(tr("assign: nothing written: %1").arg(message));
        written = true;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const AssignmentExplainer explainer = session->explainer(*result);
    // Each explanation checks the whole panel: worked out once, for the table and the JSON rows.
    const auto explanations = explainer.unassignedExplanations();
    const auto reasons = AssignmentExplainer::reasons(explanations);
    const auto& waveRow = problem.wave();

    auto visitJson = [&](int v) {
        const auto& visit = problem.visits[size_t(v)];
        return QJsonObject{{QStringLiteral("visit"), visit.id},
                           {QStringLiteral("location"), problem.locations[size_t(visit.location)].code},
                           {QStringLiteral("scenario"), problem.scenarios[size_t(visit.scenario)].code},
                           {QStringLiteral("date"), dateText(visit.day)}};
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray reasonRows;
        for (const auto& reason : reasons) {
            QJsonObject example = visitJson(reason.example.visit);
            example.insert(QStringLiteral("text"), reason.example.text);
            reasonRows.append(QJsonObject{{QStringLiteral("rule"), AssignmentRule::code(reason.rule)},
                                          {QStringLiteral("label"), AssignmentExplainer::reasonLabel(reason.rule)},
                                          {QStringLiteral("visits"), reason.visits},
                                          {QStringLiteral("example"), example}});
        }
        QJsonArray unassigned;
        for (const VisitExplanation& why : explanations) {
            QJsonObject row = visitJson(why.visit);
            QJsonArray funnel;
            for (const auto& stage : why.funnel)
                funnel.append(QJsonObject{{QStringLiteral("rule"), AssignmentRule::code(stage.rule)},
                                          {QStringLiteral("excluded"), stage.excluded},
                                          {QStringLiteral("remaining"), stage.remaining}});
            row.insert(QStringLiteral("rule"), AssignmentRule::code(why.binding));
            row.insert(QStringLiteral("text"), why.text);
            row.insert(QStringLiteral("funnel"), funnel);
            unassigned.append(row);
        }
        QJsonObject json{{QStringLiteral("wave"), waveRow.code},
                         {QStringLiteral("open_visits"), result->openVisits},
                         {QStringLiteral("assigned"), result->assignedCount()},
                         {QStringLiteral("unassigned"), int(result->unassigned.size())},
                         {QStringLiteral("total_cost"), rounded(CostBreakdown::points(result->totalCost))},
                         {QStringLiteral("proven_optimal"), result->provenOptimal},
                         {QStringLiteral("bound"), QJsonObject{{QStringLiteral("assigned"), result->boundAssigned},
                                                               {QStringLiteral("cost"), rounded(CostBreakdown::points(result->boundCost))}}},
                         {QStringLiteral("changes"), int(changes.size())},
                         {QStringLiteral("written"), written},
                         {QStringLiteral("seed"), QString::number(seed)},
                         {QStringLiteral("seconds"), rounded(seconds)},
                         {QStringLiteral("reasons"), reasonRows},
                         {QStringLiteral("unassigned_visits"), unassigned}};
        if (parser.isSet(QStringLiteral("list"))) {
            QJsonArray list;
            for (const auto& assignment : result->assignments) {
                QJsonObject row = visitJson(assignment.visit);
                row.insert(QStringLiteral("shopper"), problem.shoppers[size_t(assignment.shopper)].code);
                row.insert(QStringLiteral("km"), rounded(assignment.cost.km));
                row.insert(QStringLiteral("cost"), QJsonObject{{QStringLiteral("travel"), CostBreakdown::points(assignment.cost.travel)},
                                                               {QStringLiteral("fee"), CostBreakdown::points(assignment.cost.fee)},
                                                               {QStringLiteral("workload"), CostBreakdown::points(assignment.cost.workload)},
                                                               {QStringLiteral("rating"), CostBreakdown::points(assignment.cost.rating)},
                                                               {QStringLiteral("manager"), CostBreakdown::points(assignment.cost.manager)},
                                                               {QStringLiteral("total"), CostBreakdown::points(assignment.cost.total())}});
                list.append(row);
            }
            json.insert(QStringLiteral("assignments"), list);
        }
        printJson(json);
        return Success;
    }

    const QLocale locale;
    QString text = dryRun ? tr("Dry run for wave %1 (nothing written):").arg(waveRow.code)
                          : written ? tr("Assigned wave %1:").arg(waveRow.code)
                                    : tr("Wave %1: nothing to change.").arg(waveRow.code);
    text += QLatin1Char('\n');
    text += tr("  %1 open visits").arg(locale.toString(result->openVisits)) + QLatin1Char('\n');
    text += tr("  %1 assigned, %2 unassigned").arg(locale.toString(result->assignedCount()), locale.toString(qint64(result->unassigned.size())))
            + QLatin1Char('\n');
    text += tr("  total cost %1 points").arg(locale.toString(CostBreakdown::points(result->totalCost), 'f', 2)) + QLatin1Char(' ');
    text += result->provenOptimal
                ? tr("(optimal, proven)")
                : tr("(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)")
                      .arg(locale.toString(result->boundAssigned), locale.toString(CostBreakdown::points(result->boundCost), 'f', 2));
    text += QLatin1Char('\n');
    text += tr("  %1 visits change, in %2 s").arg(locale.toString(qint64(changes.size())), locale.toString(seconds, 'f', 1));
    if (!reasons.empty()) {
        text += QLatin1String("\n\n") + tr("Why visits stay unassigned:") + QLatin1Char('\n');
        text += QStringLiteral("  %1  %2  %3\n").arg(tr("Reason"), -28).arg(tr("Visits"), 6).arg(tr("Example"));
        for (const auto& reason : reasons) {
            const auto& visit = problem.visits[size_t(reason.example.visit)];
            text += QStringLiteral("  %1  %2  %3 %4: %5\n")
                        .arg(AssignmentExplainer::reasonLabel(reason.rule).left(28), -28)
                        .arg(locale.toString(reason.visits), 6)
                        .arg(problem.locations[size_t(visit.location)].code, dateText(visit.day), reason.example.text);
        }
    }
    if (parser.isSet(QStringLiteral("list"))) {
        text += QLatin1Char('\n') + tr("Assignments:") + QLatin1Char('\n');
        for (const auto& assignment : result->assignments) {
            const auto& visit = problem.visits[size_t(assignment.visit)];
            text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                        .arg(visit.id, 8)
                        .arg(problem.locations[size_t(visit.location)].code, -12)
                        .arg(dateText(visit.day), -10)
                        .arg(problem.shoppers[size_t(assignment.shopper)].code, -10)
                        .arg(locale.toString(CostBreakdown::points(assignment.cost.total()), 'f', 2), 9);
        }
    }
    print(text.trimmed());
    return Success;
}
