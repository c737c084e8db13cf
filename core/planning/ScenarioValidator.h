#pragma once

#include "Scenario.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Checks a scenario before it is written. Each problem is one line that starts with the field
// it is about ("Fee: must be a number of 0 or more"), so a form and the command line show it
// as it is.
class ScenarioValidator
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioValidator)

public:
    // originalCode: the code the scenario had before this edit; empty for a new scenario.
    // The scenario is expected tidied (Scenario::tidy).
    static QStringList problems(const QSqlDatabase& db, const Scenario& scenario, const QString& originalCode);

    static const QStringList& channels();
    static const QStringList& genders(); // female, male, other (empty is any)
    static constexpr int kMinAge = 16;
    static constexpr int kMaxAge = 100;
    static constexpr int kMaxMinutes = 24 * 60;
};
