#include "VisitCommands.h"

#include "ChangeVisitsCommand.h"
#include "UndoStack.h"
#include "project/Project.h"

#include <QSqlQuery>

namespace {

struct VisitState
{
    qint64 id = 0;
    QString status;
    std::optional<qint64> shopperId;
    QString assignedBy;
    bool locked = false;
};

std::optional<VisitState> visitState(const QSqlDatabase& db, qint64 visitId, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT status, shopper_id, ifnull(assigned_by, ''), locked FROM visit WHERE id = ?"));
    query.addBindValue(visitId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = VisitAction::tr("there is no visit %1").arg(visitId);
        return std::nullopt;
    }
    VisitState state{visitId, query.value(0).toString(), std::nullopt, query.value(2).toString(), query.value(3).toBool()};
    if (!query.value(1).isNull())
        state.shopperId = query.value(1).toLongLong();
    return state;
}

ChangeVisitsCommand::Change unchanged(const VisitState& state)
{
    return {state.id, state.status, state.shopperId, state.assignedBy, state.locked, {}};
}

} // namespace

namespace Command {

bool changeVisits(Project* project, const QList<qint64>& visitIds, VisitAction::Kind action, const QString& note,
                  QString* error)
{
    if (visitIds.isEmpty()) {
        if (error)
            *error = VisitAction::tr("no visit chosen");
        return false;
    }
    std::vector<ChangeVisitsCommand::Change> changes;
    for (qint64 id : visitIds) {
        const auto state = visitState(project->database(), id, error);
        if (!state)
            return false;
        if (const auto refusal = VisitAction::refusal(action, id, state->status, state->locked)) {
            if (error)
                *error = *refusal;
            return false;
        }
        ChangeVisitsCommand::Change change = unchanged(*state);
        change.note = note;
        switch (action) {
        case VisitAction::Accept:
        case VisitAction::MarkDone:
            change.status = VisitAction::targetStatus(action);
            break;
        case VisitAction::ReturnToPool:
        case VisitAction::Cancel:
        case VisitAction::Reinstate:
            // Without a shopper, nothing is locked to one.
            change = {id, VisitAction::targetStatus(action), std::nullopt, QString(), false, note};
            break;
        case VisitAction::Lock:
            change.locked = true;
            break;
        case VisitAction::Unlock:
            change.locked = false;
            break;
        }
        changes.push_back(change);
    }
    const QString text = visitIds.size() == 1 ? VisitAction::tr("%1: visit %2").arg(VisitAction::label(action)).arg(visitIds.first())
                                              : VisitAction::tr("%1: %n visit(s)", nullptr, int(visitIds.size())).arg(VisitAction::label(action));
    return project->undoStack()->push(std::make_unique<ChangeVisitsCommand>(project, std::move(changes), text), error);
}

bool assignVisitByHand(Project* project, qint64 visitId, const QString& shopperCode, const QString& note, QString* error)
{
    const auto state = visitState(project->database(), visitId, error);
    if (!state)
        return false;
    if (!QStringList{QStringLiteral("planned"), QStringLiteral("assigned"), QStringLiteral("accepted")}.contains(state->status)) {
        if (error)
            *error = VisitAction::tr("visit %1 was carried out already; its shopper stays").arg(visitId);
        return false;
    }
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT id FROM shopper WHERE code = ?"));
    query.addBindValue(shopperCode);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = VisitAction::tr("there is no shopper %1").arg(shopperCode);
        return false;
    }
    const qint64 shopperId = query.value(0).toLongLong();
    if (state->shopperId == shopperId) {
        if (error)
            *error = VisitAction::tr("visit %1 is with %2 already").arg(visitId).arg(shopperCode);
        return false;
    }
    // A new shopper starts from 'assigned': the previous one's acceptance was theirs.
    ChangeVisitsCommand::Change change{visitId, QStringLiteral("assigned"), shopperId, QStringLiteral("manual"), state->locked, note};
    return project->undoStack()->push(
        std::make_unique<ChangeVisitsCommand>(project, std::vector<ChangeVisitsCommand::Change>{change},
                                              VisitAction::tr("Assign visit %1 to %2").arg(visitId).arg(shopperCode)),
        error);
}

bool swapShoppers(Project* project, qint64 firstVisitId, qint64 secondVisitId, QString* error)
{
    const auto first = visitState(project->database(), firstVisitId, error);
    const auto second = first ? visitState(project->database(), secondVisitId, error) : std::nullopt;
    if (!second)
        return false;
    for (const VisitState* state : {&*first, &*second}) {
        if (!state->shopperId || !QStringList{QStringLiteral("assigned"), QStringLiteral("accepted")}.contains(state->status)) {
            if (error)
                *error = VisitAction::tr("visit %1 has no shopper to swap").arg(state->id);
            return false;
        }
    }
    if (first->shopperId == second->shopperId || firstVisitId == secondVisitId) {
        if (error)
            *error = VisitAction::tr("visits %1 and %2 have the same shopper").arg(firstVisitId).arg(secondVisitId);
        return false;
    }
    const QString note = VisitAction::tr("swapped with visit %1");
    std::vector<ChangeVisitsCommand::Change> changes{
        {firstVisitId, QStringLiteral("assigned"), second->shopperId, QStringLiteral("manual"), first->locked, note.arg(secondVisitId)},
        {secondVisitId, QStringLiteral("assigned"), first->shopperId, QStringLiteral("manual"), second->locked, note.arg(firstVisitId)}};
    return project->undoStack()->push(
        std::make_unique<ChangeVisitsCommand>(project, std::move(changes),
                                              VisitAction::tr("Swap the shoppers of visits %1 and %2").arg(firstVisitId).arg(secondVisitId)),
        error);
}

} // namespace Command
