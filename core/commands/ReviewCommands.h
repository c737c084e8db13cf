#pragma once

#include "ReviewReportsCommand.h"

#include <QList>
#include <QString>

class Project;

namespace Command {
// Approves reports, or sends them back with a reason, as one undo step with a decision and a
// history event per visit. All or nothing: when one visit has no report, or its report is not
// in a state the decision fits (approve: submitted; send back: submitted or approved), nothing
// changes and *error says which visit and why. `reviewer` is kept with the decision.
bool reviewReports(Project* project, const QList<qint64>& visitIds, ReviewReportsCommand::Decision decision, const QString& reason,
                   const QString& reviewer, QString* error);
// Who decides, when nobody says: the account name of the person at the computer.
QString defaultReviewer();
} // namespace Command
