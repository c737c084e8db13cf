#pragma once

#include "assignment/AssignmentRules.h"

#include <QString>

#include <memory>

class Project;

// Small random programmes for the assignment engine's tests: a few locations around Rīga (some
// without coordinates, a competitor, two brands, a contact centre), two scenarios with profile
// requirements, a previous wave with history and a current wave with open, fixed, manual and
// locked visits, and a handful of shoppers with capacities, languages, tags, conflicts and
// unavailable dates. The same seed gives the same programme.
struct AssignmentFixture
{
    struct Shape
    {
        int locations = 4;
        int shoppers = 5;
        int openVisits = 6;
        int fixedVisits = 2;
        int historyVisits = 4;
    };

    // Writes a new project at path; returns the open project (read-write) and sets the wave's id
    // and the random rules the instance should be solved with.
    static std::unique_ptr<Project> write(const QString& path, quint64 seed, const Shape& shape, qint64* waveId,
                                          AssignmentRules* rules);
};
