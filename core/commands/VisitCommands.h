#pragma once

#include "fieldwork/VisitAction.h"

#include <QList>
#include <QString>

class Project;

namespace Command {
// Applies a fieldwork action to visits, as one undo step with one history event per visit. All
// or nothing: when the action does not fit one visit's state, nothing changes and *error says
// which visit and why.
bool changeVisits(Project* project, const QList<qint64>& visitIds, VisitAction::Kind action, const QString& note,
                  QString* error);
// Gives a visit to a shopper by hand (assigned, by 'manual'). The visit must be planned, assigned
// or accepted; the assignment rules are checked by the caller, which warns or refuses.
bool assignVisitByHand(Project* project, qint64 visitId, const QString& shopperCode, const QString& note, QString* error);
// Exchanges the shoppers of two visits that both have one, by hand, in one step.
bool swapShoppers(Project* project, qint64 firstVisitId, qint64 secondVisitId, QString* error);
} // namespace Command
