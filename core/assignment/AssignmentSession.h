#pragma once

#include "AssignmentExplainer.h"
#include "AssignmentLoader.h"
#include "AssignmentSolver.h"
#include "ChoiceCheck.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <utility>

// Everything the assignment board needs for one wave, read once: the problem, its rules and
// candidate lists, the solver, explanations, and the shoppers a visit may get by hand, ranked by
// cost, with the check of a manual choice. Indexes are into problem().visits and
// problem().shoppers (visitIndex() and shopperIndex() map ids). Nothing here writes: results go
// to the file through Command::assignVisits. Not thread-safe; load and solve may run on a worker
// thread with its own connection.
class AssignmentSession
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentSession)

public:
    using Progress = std::function<void(int percent)>;

    // Reads the wave with the programme's rules (or `rules` when given).
    static std::unique_ptr<AssignmentSession> load(const QSqlDatabase& db, qint64 waveId,
                                                   const std::optional<AssignmentRules>& rules,
                                                   const AssignmentLoader::Options& options, quint64 seed,
                                                   const std::atomic<bool>* cancel, const Progress& progress, QString* error);
    static std::unique_ptr<AssignmentSession> load(const QSqlDatabase& db, qint64 waveId, QString* error)
    {
        return load(db, waveId, std::nullopt, AssignmentLoader::Options(), 1, nullptr, {}, error);
    }
    // The session of the wave a visit belongs to, with the programme's rules (a choice by hand
    // is checked against it).
    static std::unique_ptr<AssignmentSession> forVisit(const QSqlDatabase& db, qint64 visitId, QString* error);
    explicit AssignmentSession(AssignmentProblem problem, quint64 seed = 1);
    AssignmentSession(const AssignmentSession&) = delete;
    AssignmentSession& operator=(const AssignmentSession&) = delete;

    const AssignmentProblem& problem() const { return m_problem; }
    const CandidateRules& rules() const { return m_rules; }
    const CandidateLists& lists() const { return m_lists; }
    int visitIndex(qint64 visitId) const { return m_problem.visitById.value(visitId, -1); }
    int shopperIndex(qint64 shopperId) const { return m_problem.shopperById.value(shopperId, -1); }
    int shopperIndexByCode(const QString& code) const;

    std::optional<AssignmentResult> solve(const AssignmentSolver::Options& options, const std::atomic<bool>* cancel,
                                          const Progress& progress, QString* error) const
    {
        return AssignmentSolver::solve(m_lists, options, cancel, progress, error);
    }
    std::optional<AssignmentResult> solve(QString* error) const { return solve(AssignmentSolver::Options(), nullptr, {}, error); }
    // Explanations of a result of this session (which must outlive the explainer).
    AssignmentExplainer explainer(const AssignmentResult& result) const { return AssignmentExplainer(m_lists, result); }

    struct Candidate
    {
        int shopper;
        CostBreakdown cost; // with the workload term of the shopper's next visit
    };
    // The shoppers who may take the visit now, cheapest first, at most `limit`: every hard rule
    // kept, counting the fixed visits and, when given, the proposed result's other assignments.
    // Works for any visit of the wave, also one that has a shopper (the shopper to replace).
    std::vector<Candidate> candidates(int visit, int limit, const AssignmentResult* proposed = nullptr) const;
    // What giving the visit to the shopper would break: hard rules refuse, soft rules warn.
    ChoiceCheck checkChoice(int visit, int shopper, const AssignmentResult* proposed = nullptr) const;
    // The same for exchanging the shoppers of two visits of the file: the first visit going to
    // the second's shopper, and the other way round, each shopper without the visit handed over.
    std::pair<ChoiceCheck, ChoiceCheck> checkSwap(int first, int second) const;
    // Why the visit is as the file has it now: the cost of its shopper, their rank among those
    // who may take it and any rule the assignment breaks; without a shopper, the rule that
    // leaves nobody, or who may take it and the cheapest of them.
    VisitExplanation explainInFile(int visit) const;

private:
    // Per shopper, the visits of this wave they hold: the file's (without a proposal), or the
    // fixed ones and the proposal's.
    std::vector<std::vector<int>> holdings(const AssignmentResult* proposed) const;
    // Whether the pair keeps every hard rule, the shopper holding `held` (the visit itself is
    // skipped there); the broken ones with their reasons in *refusals when given.
    // candidates() with the holdings already read.
    std::vector<Candidate> candidatesHolding(int visit, int limit, const std::vector<std::vector<int>>& held) const;
    // The check against these holdings; cheaper shoppers are ranked with rankWith when given.
    ChoiceCheck check(int visit, int shopper, const std::vector<std::vector<int>>& held,
                      const std::vector<std::vector<int>>* rankWith) const;
    bool keepsHardRules(int visit, int shopper, const std::vector<int>& held, std::vector<ChoiceCheck::Refusal>* refusals) const;

    AssignmentProblem m_problem;
    CandidateRules m_rules;
    CandidateLists m_lists;
};
