#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a project manager does to a visit by hand during fieldwork, and when it is allowed. Each
// action moves the visit's status (see docs/assignment.md, "A visit's life"):
//   planned -> assigned (by hand or by the assignment) -> accepted -> done -> submitted ...
// A shopper who drops out sends the visit back to the pool (planned, no shopper); a visit the
// client no longer wants is cancelled (and may be reinstated). A locked visit keeps its shopper
// when the assignment runs again.
class VisitAction
{
    Q_DECLARE_TR_FUNCTIONS(VisitAction)

public:
    enum Kind { Accept, MarkDone, ReturnToPool, Cancel, Reinstate, Lock, Unlock };

    static QList<Kind> all() { return {Accept, MarkDone, ReturnToPool, Cancel, Reinstate, Lock, Unlock}; }
    // "accept", "done", "return", "cancel", "reinstate", "lock", "unlock": for the command line.
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString& key);
    // "Accepted by the shopper", ...: for menus and buttons.
    static QString label(Kind kind);
    // The status the visit gets; empty when the status stays (lock, unlock).
    static QString targetStatus(Kind kind);
    // Why the action cannot apply to a visit in this state ("visit 12 is done: only an
    // assigned or accepted visit can go back to the pool"); nothing when it can.
    static std::optional<QString> refusal(Kind kind, qint64 visitId, const QString& status, bool locked);
};
