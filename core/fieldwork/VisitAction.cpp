#include "VisitAction.h"

#include "models/DomainLabels.h"

namespace {
const char* const kKeys[] = {"accept", "done", "return", "cancel", "reinstate", "lock", "unlock"};
}

QString VisitAction::key(Kind kind)
{
    return QString::fromLatin1(kKeys[kind]);
}

std::optional<VisitAction::Kind> VisitAction::fromKey(const QString& key)
{
    for (Kind kind : all())
        if (VisitAction::key(kind) == key)
            return kind;
    return std::nullopt;
}

QString VisitAction::label(Kind kind)
{
    switch (kind) {
    case Accept: return tr("Accepted by the shopper");
    case MarkDone: return tr("Visit done");
    case ReturnToPool: return tr("Back to the pool (shopper dropped out)");
    case Cancel: return tr("Cancel the visit");
    case Reinstate: return tr("Reinstate the visit");
    case Lock: return tr("Lock the shopper");
    case Unlock: return tr("Unlock");
    }
    return {};
}

QString VisitAction::targetStatus(Kind kind)
{
    switch (kind) {
    case Accept: return QStringLiteral("accepted");
    case MarkDone: return QStringLiteral("done");
    case ReturnToPool: return QStringLiteral("planned");
    case Cancel: return QStringLiteral("cancelled");
    case Reinstate: return QStringLiteral("planned");
    case Lock:
    case Unlock: return {};
    }
    return {};
}

std::optional<QString> VisitAction::refusal(Kind kind, qint64 visitId, const QString& status, bool locked)
{
    const QString shown = DomainLabels::label(DomainLabels::VisitStatus, status).toLower();
    auto unless = [&](const QStringList& allowed, const QString& why) -> std::optional<QString> {
        if (allowed.contains(status))
            return std::nullopt;
        return tr("visit %1 is %2: %3").arg(visitId).arg(shown, why);
    };
    switch (kind) {
    case Accept:
        return unless({QStringLiteral("assigned")}, tr("only an assigned visit can be accepted"));
    case MarkDone:
        return unless({QStringLiteral("assigned"), QStringLiteral("accepted")}, tr("only an assigned or accepted visit can be done"));
    case ReturnToPool:
        return unless({QStringLiteral("assigned"), QStringLiteral("accepted")},
                      tr("only an assigned or accepted visit can go back to the pool"));
    case Cancel:
        return unless({QStringLiteral("planned"), QStringLiteral("assigned"), QStringLiteral("accepted")},
                      tr("a visit that was carried out cannot be cancelled"));
    case Reinstate:
        return unless({QStringLiteral("cancelled")}, tr("only a cancelled visit can be reinstated"));
    case Lock:
        if (locked)
            return tr("visit %1 is locked already").arg(visitId);
        return unless({QStringLiteral("assigned"), QStringLiteral("accepted")}, tr("only a visit with a shopper can be locked"));
    case Unlock:
        if (!locked)
            return tr("visit %1 is not locked").arg(visitId);
        return std::nullopt;
    }
    return std::nullopt;
}
