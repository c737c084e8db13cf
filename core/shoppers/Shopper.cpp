#include "Shopper.h"

#include <algorithm>

namespace {
QStringList tidyList(const QStringList& values, bool lowerCase)
{
    QStringList tidy;
    for (const QString& value : values) {
        const QString trimmed = lowerCase ? value.trimmed().toLower() : value.trimmed();
        if (!trimmed.isEmpty() && !tidy.contains(trimmed))
            tidy << trimmed;
    }
    tidy.sort();
    return tidy;
}
} // namespace

bool Shopper::Personal::isEmpty() const
{
    return fullName.isEmpty() && email.isEmpty() && phone.isEmpty() && address.isEmpty() && postcode.isEmpty();
}

void Shopper::tidy()
{
    code = code.trimmed();
    gender = gender.trimmed();
    homeCity = homeCity.trimmed();
    status = status.trimmed();
    languages = tidyList(languages, true);
    tags = tidyList(tags, false);
    for (QString* text : {&personal.fullName, &personal.email, &personal.phone, &personal.address, &personal.postcode})
        *text = text->trimmed();

    // Periods by start; one that overlaps or touches the previous one joins it. A period that
    // ends before it starts is left as it is, for the checks to name.
    std::sort(unavailable.begin(), unavailable.end(),
              [](const Period& a, const Period& b) { return a.from < b.from || (a.from == b.from && a.to < b.to); });
    QList<Period> joined;
    for (const Period& period : std::as_const(unavailable)) {
        const bool sound = period.from.isValid() && period.to.isValid() && period.from <= period.to;
        if (sound && !joined.isEmpty()) {
            Period& last = joined.last();
            if (last.from.isValid() && last.to.isValid() && last.from <= last.to && period.from <= last.to.addDays(1)) {
                last.to = std::max(last.to, period.to);
                continue;
            }
        }
        joined << period;
    }
    unavailable = joined;

    QList<Conflict> conflictsKept;
    for (Conflict conflict : std::as_const(conflicts)) {
        conflict.locationCode = conflict.locationCode.trimmed();
        conflict.brand = conflict.brand.trimmed();
        conflict.note = conflict.note.trimmed();
        if (conflict.locationCode.isEmpty() && conflict.brand.isEmpty() && conflict.note.isEmpty())
            continue;
        const auto same = std::find_if(conflictsKept.begin(), conflictsKept.end(), [&](const Conflict& kept) {
            return kept.locationCode == conflict.locationCode && kept.brand.compare(conflict.brand, Qt::CaseInsensitive) == 0;
        });
        if (same == conflictsKept.end())
            conflictsKept << conflict;
        else if (same->note.isEmpty())
            same->note = conflict.note;
    }
    std::sort(conflictsKept.begin(), conflictsKept.end(), [](const Conflict& a, const Conflict& b) {
        return std::pair(a.locationCode, a.brand) < std::pair(b.locationCode, b.brand);
    });
    conflicts = conflictsKept;
}

const QStringList& Shopper::statuses()
{
    static const QStringList list{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("blocked")};
    return list;
}

const QStringList& Shopper::genders()
{
    static const QStringList list{QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
    return list;
}
