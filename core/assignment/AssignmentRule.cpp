#include "AssignmentRule.h"

QString AssignmentRule::code(Kind rule)
{
    switch (rule) {
    case None: return QStringLiteral("none");
    case Active: return QStringLiteral("active");
    case Profile: return QStringLiteral("profile");
    case Distance: return QStringLiteral("distance");
    case Availability: return QStringLiteral("availability");
    case Conflict: return QStringLiteral("conflict");
    case Lockout: return QStringLiteral("lockout");
    case Capacity: return QStringLiteral("capacity");
    }
    return {};
}

QString AssignmentRule::label(Kind rule)
{
    switch (rule) {
    case None: return tr("no rule");
    case Active: return tr("status not active");
    case Profile: return tr("profile does not fit");
    case Distance: return tr("too far away");
    case Availability: return tr("unavailable on the date");
    case Conflict: return tr("conflict of interest");
    case Lockout: return tr("lockout (shopped recently)");
    case Capacity: return tr("no capacity left");
    }
    return {};
}
