#include "AssignmentSolver.h"

#include "CellSolver.h"
#include "VisitSolver.h"

#include <algorithm>
#include <map>

qint64 AssignmentSolver::unassignedCost(const CandidateRules& rules)
{
    return (rules.maxAssignmentCost() + 1) * (qint64(rules.problem().openVisitCount()) + 1);
}

AssignmentResult AssignmentSolver::resultOf(const CandidateRules& rules, const std::vector<int>& shopperOfVisit)
{
    const AssignmentProblem& problem = rules.problem();
    AssignmentResult result;
    std::map<int, std::vector<int>> byShopper;
    for (size_t v = 0; v < problem.visits.size(); ++v) {
        if (!problem.visits[v].open)
            continue;
        ++result.openVisits;
        if (v < shopperOfVisit.size() && shopperOfVisit[v] >= 0)
            byShopper[shopperOfVisit[v]].push_back(int(v));
        else
            result.unassigned.push_back(int(v));
    }
    for (auto& [shopper, visits] : byShopper) {
        std::sort(visits.begin(), visits.end(), [&](int a, int b) {
            return std::pair{problem.visits[size_t(a)].day, a} < std::pair{problem.visits[size_t(b)].day, b};
        });
        const int fixed = problem.shoppers[size_t(shopper)].fixedInWave;
        for (size_t n = 0; n < visits.size(); ++n) {
            AssignmentResult::Assignment assignment{visits[n], shopper, rules.cost(visits[n], shopper)};
            assignment.cost.workload = rules.workloadCost(fixed + int(n) + 1);
            result.totalCost += assignment.cost.total();
            result.assignments.push_back(assignment);
        }
    }
    std::sort(result.assignments.begin(), result.assignments.end(),
              [](const auto& a, const auto& b) { return a.visit < b.visit; });
    return result;
}

std::optional<AssignmentResult> AssignmentSolver::solve(const CandidateLists& lists, const Options& options,
                                                        const std::atomic<bool>* cancel, const Progress& progress,
                                                        QString* error)
{
    auto cancelled = [&]() -> std::optional<AssignmentResult> {
        if (error)
            *error = tr("cancelled");
        return std::nullopt;
    };
    if (!lists.complete())
        return cancelled();
    // The stages report in turn; the caller sees progress that only goes forward.
    int reported = 0;
    const Progress forward = [&](int percent) {
        if (progress && percent > reported)
            progress(reported = percent);
    };
    const CandidateRules& rules = lists.rules();
    std::vector<std::vector<int>> seeds;
    if (options.cells) {
        forward(5);
        CellSolver cells(lists, options.candidatesPerVisit > 0 ? options.candidatesPerVisit : rules.problem().rules.candidatesPerVisit,
                         cancel);
        // Cells whose shoppers cannot all be given a date are split into single visits, whose
        // dates the network then minds; a few rounds settle it or leave it to VisitSolver.
        std::vector<int> shopperOf;
        std::vector<size_t> failed;
        bool matched = false;
        for (int round = 0; round < 4; ++round) {
            if (!cells.solve()) {
                if (cancel && cancel->load())
                    return cancelled();
                if (error)
                    *error = tr("the flow solver failed");
                return std::nullopt;
            }
            forward(40 + 10 * round);
            matched = cells.disaggregate(&shopperOf, &failed);
            if (matched || !cells.split(failed))
                break;
        }
        const bool searchOn = rules.problem().openVisitCount() <= options.exactSearchVisits;
        if (matched || !searchOn) {
            // Matched: the optimum. Not matched and too big to search per visit: the visits whose
            // shoppers found dates, which keep every rule; the rest stay unassigned.
            AssignmentResult result = resultOf(rules, shopperOf);
            const qint64 big = unassignedCost(rules);
            result.boundAssigned = result.openVisits - int(cells.objective() / big);
            result.boundCost = cells.objective() % big;
            // Every flow unit found a visit, so the assignment meets the bound: checked, not assumed.
            result.provenOptimal = result.assignedCount() == result.boundAssigned && result.totalCost == result.boundCost;
            result.networkSolves = cells.networkSolves();
            result.cellsSplit = cells.cellsSplit();
            result.columnsAdded = cells.columnsAdded();
            result.candidateEntries = lists.entryCount();
            result.largestNetworkArcs = cells.largestNetworkArcs();
            if (result.provenOptimal || !searchOn) {
                forward(100);
                return result;
            }
        }
        seeds = cells.seeds();
    }
    VisitSolver visits(lists, options, cancel, forward, seeds);
    return visits.solve(error);
}
