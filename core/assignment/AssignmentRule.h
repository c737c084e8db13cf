#pragma once

#include <QCoreApplication>
#include <QString>

// The hard rules of assignment, in the order the engine and its explanations apply them: a
// shopper who breaks an earlier rule is counted there, not again under a later one.
class AssignmentRule
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRule)

public:
    enum Kind {
        None = -1, // the pair breaks no rule
        Active,       // the shopper's status is active
        Profile,      // age band, gender, languages and tags of the scenario
        Distance,     // home within reach of the location (or the same city without coordinates)
        Availability, // not unavailable on the visit's date
        Conflict,     // no declared conflict of interest with the location or its brand
        Lockout,      // has not shopped the location (brand, competitor group) too recently
        Capacity,     // visits left in the wave and on the day
    };
    static constexpr int count = 7;

    // A stable code for machine output ("distance") and the word people read ("distance").
    static QString code(Kind rule);
    static QString label(Kind rule);
};
