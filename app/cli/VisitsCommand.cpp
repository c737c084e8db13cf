#include "VisitsCommand.h"

#include "assignment/AssignmentSession.h"
#include "commands/ReviewCommands.h"
#include "commands/VisitCommands.h"
#include "fieldwork/FieldworkLists.h"
#include "fieldwork/VisitEvents.h"
#include "models/DomainLabels.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// "12,15,18" -> ids; nothing when one is not a positive number.
std::optional<QList<qint64>> visitIds(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids << id;
    }
    return ids.isEmpty() ? std::nullopt : std::optional(ids);
}

QString shown(const QString& file)
{
    return QDir::toNativeSeparators(file);
}

} // namespace

QString VisitsCommand::summary() const
{
    return tr("List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.");
}

void VisitsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Visits during fieldwork.\n\n"
           "  list FILE [--wave CODE|NAME] [--status STATUS] [--json]\n"
           "  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]\n"
           "  assign FILE ID --shopper CODE [--note TEXT] [--json]\n"
           "  swap FILE ID ID [--json]\n"
           "  history FILE ID [--json]\n"
           "  export FILE --wave CODE|NAME --out FOLDER [--json]\n"
           "  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]\n\n"
           "'review' approves submitted reports (they count in results) or sends submitted or approved\n"
           "ones back to the shopper with a reason (the visit is then 'rejected'); each decision is kept\n"
           "with who made it (--by, else the account name) and shows in the visit's history.\n"
           "'export' writes the wave's fieldwork sheet (every visit, status, shopper code), the shoppers'\n"
           "lists in one CSV, and each shopper's list with the scenarios' briefings as a page to print.\n"
           "'return' sends a visit whose shopper dropped out back to the pool (planned, no shopper); a\n"
           "locked visit keeps its shopper when the assignment runs again. 'assign' and 'swap' check the\n"
           "programme's assignment rules: a hard rule (distance, profile, lockout, capacity, conflict,\n"
           "availability, status) refuses the choice with its reason; a soft one (cost, workload, rating)\n"
           "prints a warning. Every change is one step that\n"
           "the window can undo, and leaves an event in the visit's history. All or nothing: when one of\n"
           "the visits does not allow the action, none changes."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("list, set, assign, swap or history"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("wave"), tr("Only the visits of this wave (code or name)."), tr("WAVE")});
    parser.addOption({QStringLiteral("status"), tr("Only visits with this status."), tr("STATUS")});
    parser.addOption({QStringLiteral("action"), tr("accept, done, return, cancel, reinstate, lock or unlock."), tr("ACTION")});
    parser.addOption({QStringLiteral("shopper"), tr("The shopper's code."), tr("CODE")});
    parser.addOption({QStringLiteral("note"), tr("Why (kept in the visit's history)."), tr("TEXT")});
    parser.addOption({QStringLiteral("out"), tr("The folder the fieldwork lists go to."), tr("FOLDER")});
    parser.addOption({QStringLiteral("approve"), tr("review: approve the reports.")});
    parser.addOption({QStringLiteral("send-back"), tr("review: send the reports back to their shoppers.")});
    parser.addOption({QStringLiteral("reason"), tr("review: why the reports go back (required with --send-back)."), tr("TEXT")});
    parser.addOption({QStringLiteral("by"), tr("review: who decides (default: the account name)."), tr("NAME")});
}

int VisitsCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 2)
        return list(parser, arguments.at(1));
    if (action == QLatin1String("set") && arguments.size() == 3)
        return set(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("assign") && arguments.size() == 3)
        return assign(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("swap") && arguments.size() == 4)
        return swap(parser, arguments.at(1), arguments.at(2), arguments.at(3));
    if (action == QLatin1String("history") && arguments.size() == 3)
        return history(parser, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("export") && arguments.size() == 2)
        return exportLists(parser, arguments.at(1));
    if (action == QLatin1String("review") && arguments.size() == 3)
        return review(parser, arguments.at(1), arguments.at(2));
    return fail(tr("visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID "
                   "or history FILE ID (see 'shopscope-cli visits --help')"),
                UsageError);
}

int VisitsCommand::list(const QCommandLineParser& parser, const QString& file)
{
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString sql = QStringLiteral(
        "SELECT v.id, w.code, l.code, l.name, sc.code, v.planned_date, ifnull(v.daypart, ''), v.status, ifnull(sh.code, ''), "
        "ifnull(v.assigned_by, ''), v.locked FROM visit v JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id "
        "JOIN scenario sc ON sc.id = v.scenario_id LEFT JOIN shopper sh ON sh.id = v.shopper_id WHERE 1");
    QVariantList bind;
    if (parser.isSet(QStringLiteral("wave"))) {
        QString problem;
        const auto wave = WaveLookup::find(project->database(), parser.value(QStringLiteral("wave")), &problem);
        if (!wave)
            return fail(tr("visits list: %1: %2").arg(shown(file), problem));
        sql += QStringLiteral(" AND v.wave_id = ?");
        bind << *wave;
    }
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status"));
        if (DomainLabels::label(DomainLabels::VisitStatus, status) == status)
            return fail(tr("visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, "
                           "approved, rejected, cancelled)").arg(status),
                        UsageError);
        sql += QStringLiteral(" AND v.status = ?");
        bind << status;
    }
    QSqlQuery query(project->database());
    query.setForwardOnly(true);
    query.prepare(sql + QStringLiteral(" ORDER BY v.id"));
    for (const QVariant& value : bind)
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("visits list: %1: cannot read the visits").arg(shown(file)));
    QJsonArray visits;
    QString text;
    while (query.next()) {
        visits.append(QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                                  {QStringLiteral("wave"), query.value(1).toString()},
                                  {QStringLiteral("location"), query.value(2).toString()},
                                  {QStringLiteral("location_name"), query.value(3).toString()},
                                  {QStringLiteral("scenario"), query.value(4).toString()},
                                  {QStringLiteral("date"), query.value(5).toString()},
                                  {QStringLiteral("daypart"), query.value(6).toString()},
                                  {QStringLiteral("status"), query.value(7).toString()},
                                  {QStringLiteral("shopper"), query.value(8).toString()},
                                  {QStringLiteral("assigned_by"), query.value(9).toString()},
                                  {QStringLiteral("locked"), query.value(10).toBool()}});
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                    .arg(query.value(0).toLongLong(), 7)
                    .arg(query.value(1).toString(), -10)
                    .arg(query.value(2).toString(), -12)
                    .arg(query.value(4).toString(), -8)
                    .arg(query.value(5).toString(), -10)
                    .arg(DomainLabels::label(DomainLabels::VisitStatus, query.value(7).toString()), -10)
                    .arg(query.value(8).toString())
                    .arg(query.value(10).toBool() ? tr(" (locked)") : QString());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("visits"), visits}});
    else
        print(text.isEmpty() ? tr("No visits match.") + QLatin1Char('\n') : text);
    return Success;
}

int VisitsCommand::set(const QCommandLineParser& parser, const QString& file, const QString& ids)
{
    const auto visits = visitIds(ids);
    if (!visits)
        return fail(tr("visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)").arg(ids), UsageError);
    const auto action = VisitAction::fromKey(parser.value(QStringLiteral("action")));
    if (!action)
        return fail(tr("visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock"), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString problem;
    if (!Command::changeVisits(project.get(), *visits, *action, parser.value(QStringLiteral("note")), &problem))
        return fail(tr("visits set: %1: %2; nothing changed").arg(shown(file), problem));
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("changed"), int(visits->size())}, {QStringLiteral("action"), VisitAction::key(*action)}});
    else
        print(tr("%1: %n visit(s)", nullptr, int(visits->size())).arg(VisitAction::label(*action)) + QLatin1Char('\n'));
    return Success;
}

int VisitsCommand::assign(const QCommandLineParser& parser, const QString& file, const QString& id)
{
    const auto visit = visitIds(id);
    if (!visit || visit->size() != 1)
        return fail(tr("visits assign: “%1” is not a visit number").arg(id), UsageError);
    const QString shopper = parser.value(QStringLiteral("shopper"));
    if (shopper.isEmpty())
        return fail(tr("visits assign: --shopper CODE is required"), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    // The assignment rules, as the window checks them: a hard rule refuses, a soft one warns.
    QString problem;
    const auto session = AssignmentSession::forVisit(project->database(), visit->first(), &problem);
    if (!session)
        return fail(tr("visits assign: %1: %2; nothing changed").arg(shown(file), problem));
    const int visitIndex = session->visitIndex(visit->first());
    const int shopperIndex = session->shopperIndexByCode(shopper);
    QStringList warnings;
    std::optional<double> cost;
    if (visitIndex >= 0 && shopperIndex >= 0) {
        const ChoiceCheck check = session->checkChoice(visitIndex, shopperIndex);
        if (!check.allowed())
            return fail(tr("visits assign: %1: visit %2 cannot go to %3: %4; nothing changed")
                            .arg(shown(file))
                            .arg(visit->first())
                            .arg(shopper, refusalText(check)));
        warnings = check.warnings;
        cost = CostBreakdown::points(check.cost.total());
    }
    if (!Command::assignVisitByHand(project.get(), visit->first(), shopper, parser.value(QStringLiteral("note")), &problem))
        return fail(tr("visits assign: %1: %2; nothing changed").arg(shown(file), problem));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject result{{QStringLiteral("visit"), visit->first()}, {QStringLiteral("shopper"), shopper},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (cost)
            result.insert(QStringLiteral("cost"), *cost);
        printJson(result);
        return Success;
    }
    for (const QString& warning : warnings)
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("warning: %1").arg(warning)));
    print(tr("Visit %1 assigned to %2").arg(visit->first()).arg(shopper) + QLatin1Char('\n'));
    return Success;
}

QString VisitsCommand::refusalText(const ChoiceCheck& check)
{
    QStringList reasons;
    for (const auto& refusal : check.refusals)
        reasons << refusal.text;
    return reasons.join(QLatin1Char(' '));
}

int VisitsCommand::swap(const QCommandLineParser& parser, const QString& file, const QString& first, const QString& second)
{
    const auto a = visitIds(first);
    const auto b = visitIds(second);
    if (!a || !b || a->size() != 1 || b->size() != 1)
        return fail(tr("visits swap: expected two visit numbers"), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    QString problem;
    const auto session = AssignmentSession::forVisit(project->database(), a->first(), &problem);
    if (!session)
        return fail(tr("visits swap: %1: %2; nothing changed").arg(shown(file), problem));
    const int firstIndex = session->visitIndex(a->first());
    const int secondIndex = session->visitIndex(b->first());
    QStringList warnings;
    // Visits of two waves, or without shoppers, are refused by the edit itself below.
    if (firstIndex >= 0 && secondIndex >= 0) {
        const auto [firstCheck, secondCheck] = session->checkSwap(firstIndex, secondIndex);
        for (const auto& [visitId, check] : {std::pair{a->first(), &firstCheck}, std::pair{b->first(), &secondCheck}}) {
            if (!check->allowed())
                return fail(tr("visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed")
                                .arg(shown(file))
                                .arg(visitId)
                                .arg(refusalText(*check)));
            warnings << check->warnings;
        }
    }
    if (!Command::swapShoppers(project.get(), a->first(), b->first(), &problem))
        return fail(tr("visits swap: %1: %2; nothing changed").arg(shown(file), problem));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("visits"), QJsonArray{a->first(), b->first()}},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
        return Success;
    }
    for (const QString& warning : warnings)
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("warning: %1").arg(warning)));
    print(tr("Visits %1 and %2 swapped their shoppers").arg(a->first()).arg(b->first()) + QLatin1Char('\n'));
    return Success;
}

int VisitsCommand::history(const QCommandLineParser& parser, const QString& file, const QString& id)
{
    const auto visit = visitIds(id);
    if (!visit || visit->size() != 1)
        return fail(tr("visits history: “%1” is not a visit number").arg(id), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QSqlQuery exists(project->database());
    exists.prepare(QStringLiteral("SELECT 1 FROM visit WHERE id = ?"));
    exists.addBindValue(visit->first());
    if (!exists.exec() || !exists.next())
        return fail(tr("visits history: %1: there is no visit %2").arg(shown(file)).arg(visit->first()));
    const auto history = VisitEvents::read(project->database(), visit->first());
    if (!history)
        return fail(tr("visits history: %1: cannot read the history of visit %2").arg(shown(file)).arg(visit->first()));
    QJsonArray events;
    QString text;
    for (const VisitEvents::Event& event : *history) {
        events.append(QJsonObject{{QStringLiteral("at"), event.at},
                                  {QStringLiteral("status"), event.status},
                                  {QStringLiteral("shopper"), event.shopperCode},
                                  {QStringLiteral("note"), event.note}});
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(event.at, -20)
                    .arg(DomainLabels::label(DomainLabels::VisitStatus, event.status), -10)
                    .arg(event.shopperCode, -10)
                    .arg(event.note);
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("visit"), visit->first()}, {QStringLiteral("events"), events}});
    else
        print(text.isEmpty() ? tr("Visit %1 has no history yet.").arg(visit->first()) + QLatin1Char('\n') : text);
    return Success;
}

int VisitsCommand::exportLists(const QCommandLineParser& parser, const QString& file)
{
    if (!parser.isSet(QStringLiteral("wave")) || parser.value(QStringLiteral("out")).isEmpty())
        return fail(tr("visits export: --wave and --out FOLDER are required"), UsageError);
    const QString folder = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(folder))
        return fail(tr("visits export: cannot create the folder %1").arg(shown(folder)));
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString problem;
    const auto wave = WaveLookup::find(project->database(), parser.value(QStringLiteral("wave")), &problem);
    if (!wave)
        return fail(tr("visits export: %1: %2").arg(shown(file), problem));
    const auto written = FieldworkLists::writeCsvFiles(project->database(), *wave, folder, &problem);
    if (!written)
        return fail(tr("visits export: %1").arg(problem));
    const QString code = written->waveCode;
    const auto perShopper = FieldworkLists::byShopper(written->visits);
    for (const auto& list : perShopper) {
        QFile page(QDir(folder).filePath(FieldworkLists::pageFileName(code, list.front().shopperCode, QStringLiteral("html"))));
        if (!page.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || page.write(FieldworkLists::shopperListHtml(list, code, written->waveName).toUtf8()) < 0)
            return fail(tr("visits export: cannot write %1").arg(shown(page.fileName())));
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("wave"), code},
                   {QStringLiteral("visits_with_shopper"), int(written->visits.size())},
                   {QStringLiteral("shoppers"), int(perShopper.size())},
                   {QStringLiteral("fieldwork_sheet"), written->fieldworkSheet},
                   {QStringLiteral("shopper_lists"), written->shopperLists}});
    else
        print(tr("%1: fieldwork sheet and the lists of %n shopper(s) written to %2", nullptr, int(perShopper.size()))
                  .arg(code, shown(folder))
              + QLatin1Char('\n'));
    return Success;
}

int VisitsCommand::review(const QCommandLineParser& parser, const QString& file, const QString& ids)
{
    const auto visits = visitIds(ids);
    if (!visits)
        return fail(tr("visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)").arg(ids), UsageError);
    const bool approve = parser.isSet(QStringLiteral("approve"));
    const bool sendBack = parser.isSet(QStringLiteral("send-back"));
    if (approve == sendBack)
        return fail(tr("visits review: give either --approve or --send-back"), UsageError);
    if (sendBack && parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return fail(tr("visits review: --send-back needs --reason TEXT for the shopper"), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    if (!project)
        return fail(error.message);
    const QString reviewer = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : Command::defaultReviewer();
    QString problem;
    if (!Command::reviewReports(project.get(), *visits,
                                approve ? ReviewReportsCommand::Decision::Approve : ReviewReportsCommand::Decision::SendBack,
                                parser.value(QStringLiteral("reason")), reviewer, &problem))
        return fail(tr("visits review: %1: %2; nothing changed").arg(shown(file), problem));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("changed"), int(visits->size())},
                   {QStringLiteral("decision"), approve ? QStringLiteral("approved") : QStringLiteral("sent_back")},
                   {QStringLiteral("by"), reviewer}});
        return Success;
    }
    print((approve ? tr("Approved: %n report(s)", nullptr, int(visits->size())) : tr("Sent back: %n report(s)", nullptr, int(visits->size())))
          + QLatin1Char('\n'));
    return Success;
}
