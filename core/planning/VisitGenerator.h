#pragma once

#include "PlanProposal.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

// Turns a wave's plan rules into concrete visits: which locations, how many visits each, which
// scenario (rotating across the waves of the programme), and a date and daypart inside the
// location's opening hours so that the weekday, daypart and week quotas hold. Deterministic for
// a seed. Visits that left 'planned' (or are locked, or have a report) are kept and count
// towards the plan; only the wave's other planned visits are replaced.
class VisitGenerator
{
    Q_DECLARE_TR_FUNCTIONS(VisitGenerator)

public:
    using Progress = std::function<void(int percent)>;

    // The proposal for a wave (by code or name), or nothing with the reason in *error when the
    // plan is impossible (more visits than opening hours allow, quotas nobody can meet,
    // unknown scenarios or regions, a closed wave) or the work was cancelled.
    static std::optional<PlanProposal> propose(const QSqlDatabase& db, const QString& wave, const PlanRules& rules,
                                               quint64 seed, QString* error,
                                               const std::atomic<bool>* cancelled = nullptr,
                                               const Progress& progress = {});
};
