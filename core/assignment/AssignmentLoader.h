#pragma once

#include "AssignmentProblem.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

// Reads one wave's assignment problem from the file (AssignmentProblem). Which visits are open:
// planned visits not locked; with replanAutoAssigned also visits the engine assigned earlier that
// nobody has accepted, changed by hand or locked since. Every other visit with a shopper stays
// as it is and counts against that shopper's capacity and lockout.
class AssignmentLoader
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentLoader)

public:
    struct Options
    {
        bool replanAutoAssigned = true;
    };
    using Progress = std::function<void(int percent)>;

    // Nothing, with *error set, when the wave is unknown, closed or the file cannot be read;
    // *error is "cancelled" (translated) when *cancel was set.
    static std::optional<AssignmentProblem> load(const QSqlDatabase& db, qint64 waveId, const AssignmentRules& rules,
                                                 const Options& options, const std::atomic<bool>* cancel,
                                                 const Progress& progress, QString* error);
    static std::optional<AssignmentProblem> load(const QSqlDatabase& db, qint64 waveId, const AssignmentRules& rules,
                                                 QString* error)
    {
        return load(db, waveId, rules, Options(), nullptr, {}, error);
    }

    // The form a city is compared in: without accents, case or extra spaces ("Rīga" = "riga").
    static QString cityKey(const QString& city);
    // A Julian day from an ISO date, or AssignmentProblem::noDay.
    static int dayOf(const QString& isoDate);
};
