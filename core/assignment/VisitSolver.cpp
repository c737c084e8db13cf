#include "VisitSolver.h"

#include "AssignmentNetwork.h"
#include "LockoutGroups.h"

#include <algorithm>
#include <climits>
#include <map>

namespace {
constexpr size_t kAddedPerRound = 4; // left-out pairs a visit may gain per pricing round
}

VisitSolver::VisitSolver(const CandidateLists& lists, const AssignmentSolver::Options& options,
                         const std::atomic<bool>* cancel, const AssignmentSolver::Progress& progress,
                         const std::vector<std::vector<int>>& seeds)
    : m_lists(lists)
    , m_rules(lists.rules())
    , m_problem(lists.rules().problem())
    , m_cancel(cancel)
    , m_progress(progress)
    , m_perVisit(options.candidatesPerVisit > 0 ? options.candidatesPerVisit : m_problem.rules.candidatesPerVisit)
    , m_nodeLimit(options.branchNodeLimit)
{
    setUp(options.layer, seeds);
}

void VisitSolver::setUp(AssignmentSolver::Layer layer, const std::vector<std::vector<int>>& seeds)
{
    const AssignmentRules& rules = m_problem.rules;
    for (int v = 0; v < int(m_problem.visits.size()); ++v)
        if (m_problem.visits[size_t(v)].open)
            m_open.push_back(v);
    const int count = int(m_open.size());
    m_candidates.assign(size_t(count), {});
    m_forbidden.assign(size_t(count), {});
    m_stamp.assign(m_problem.shoppers.size(), -1);
    m_key.assign(size_t(count), -1);
    m_unassignedCost = AssignmentSolver::unassignedCost(m_rules);

    const LockoutGroups groups(m_problem);
    m_groupLayer = groups.exact()
                   && (layer == AssignmentSolver::Layer::LockoutGroups || layer == AssignmentSolver::Layer::Automatic);
    if (m_groupLayer) {
        for (int i = 0; i < count; ++i) {
            const int v = m_open[size_t(i)];
            m_key[size_t(i)] = groups.isClique(v) && groups.openVisits(v) > 1 ? groups.of(v) : -1;
        }
    } else if (rules.capacityPerDay) {
        for (int i = 0; i < count; ++i) {
            const int day = m_problem.visits[size_t(m_open[size_t(i)])].day;
            m_key[size_t(i)] = day == AssignmentProblem::noDay ? -1 : day;
        }
    }

    // The first candidates: the seeds, then the cheapest of each list; visits sharing a remote
    // list (calls to a contact centre) take turns along it, so together they start with
    // different shoppers.
    std::vector<int> turn(static_cast<size_t>(m_lists.listCount()), 0);
    std::vector<int> sharing(static_cast<size_t>(m_lists.listCount()), 0);
    for (int v : m_open)
        ++sharing[size_t(m_lists.listOf(v))];
    for (int i = 0; i < count; ++i) {
        const int v = m_open[size_t(i)];
        const int list = m_lists.listOf(v);
        const auto& entries = m_lists.entries(list);
        auto& candidates = m_candidates[size_t(i)];
        if (size_t(v) < seeds.size())
            for (int shopper : seeds[size_t(v)])
                if (m_lists.passesDatedRules(v, shopper))
                    candidates.push_back({shopper, m_rules.pairCost(v, shopper), 1});
        if (entries.empty())
            continue;
        size_t start = 0;
        if (!m_problem.locations[size_t(m_problem.visits[size_t(v)].location)].inPerson) {
            const size_t spread = std::min(entries.size(), size_t(sharing[size_t(list)]) * size_t(m_perVisit));
            start = (size_t(turn[size_t(list)]++) * size_t(m_perVisit)) % std::max<size_t>(spread, 1);
        }
        const size_t seeded = candidates.size();
        for (size_t step = 0; step < entries.size() && candidates.size() < seeded + size_t(m_perVisit); ++step) {
            const auto& entry = entries[(start + step) % entries.size()];
            const bool known = std::any_of(candidates.begin(), candidates.begin() + qsizetype(seeded),
                                           [&](const auto& c) { return c.shopper == entry.shopper; });
            if (!known && m_lists.passesDatedRules(v, entry.shopper))
                candidates.push_back({entry.shopper, entry.cost, 1});
        }
    }
}

std::optional<VisitSolver::Solution> VisitSolver::solveNetwork()
{
    AssignmentNetwork::Shopper shoppers{
        [this](int s) { return m_rules.waveRoom(s); },
        [this](int s) { return m_problem.shoppers[size_t(s)].fixedInWave; },
        [this](int s, int key) { return m_groupLayer ? 1 : m_rules.dayRoom(s, key); },
        [this](int n) { return m_rules.workloadCost(n); },
    };
    for (;;) {
        if (cancelled())
            return std::nullopt;
        std::vector<AssignmentNetwork::Unit> units(m_open.size());
        for (size_t i = 0; i < m_open.size(); ++i) {
            units[i].key = m_key[i];
            units[i].candidates = m_candidates[i];
        }
        AssignmentNetwork network;
        if (!network.solve(units, int(m_problem.shoppers.size()), shoppers, m_unassignedCost))
            return std::nullopt;
        ++m_solves;
        m_largestNetwork = std::max(m_largestNetwork, network.arcCount());
        if (priceOut(network) > 0)
            continue;
        Solution solution;
        solution.objective = network.objective();
        solution.shopper.assign(m_open.size(), -1);
        solution.cost.assign(m_open.size(), 0);
        for (size_t i = 0; i < m_open.size(); ++i) {
            const auto& flows = network.flows()[i];
            for (size_t c = 0; c < flows.size(); ++c) {
                if (flows[c] > 0) {
                    solution.shopper[i] = units[i].candidates[c].shopper;
                    solution.cost[i] = units[i].candidates[c].cost;
                }
            }
        }
        return solution;
    }
}

int VisitSolver::priceOut(const AssignmentNetwork& network)
{
    // A left-out pair improves the flow only if its reduced cost, cost + keyPotential -
    // unitPotential, is negative; the lists are sorted by cost, so each walk stops at the first
    // cost that cannot be. The most negative few of each visit join the next network.
    const qint64 smallest = network.smallestKeyPotential();
    int added = 0;
    std::vector<std::pair<qint64, AssignmentNetwork::Candidate>> improving;
    for (size_t i = 0; i < m_open.size(); ++i) {
        const int v = m_open[i];
        const qint64 threshold = network.unitPotential(int(i));
        for (const auto& candidate : m_candidates[i])
            m_stamp[size_t(candidate.shopper)] = int(i);
        for (int s : m_forbidden[i])
            m_stamp[size_t(s)] = int(i);
        improving.clear();
        for (const auto& entry : m_lists.entries(m_lists.listOf(v))) {
            if (entry.cost >= threshold - smallest)
                break;
            if (m_stamp[size_t(entry.shopper)] == int(i))
                continue;
            const qint64 reduced = entry.cost + network.keyPotential(entry.shopper, m_key[i]) - threshold;
            if (reduced >= 0 || (improving.size() == kAddedPerRound && reduced >= improving.back().first))
                continue;
            if (!m_lists.passesDatedRules(v, entry.shopper))
                continue;
            const std::pair<qint64, AssignmentNetwork::Candidate> found{reduced, {entry.shopper, entry.cost, 1}};
            improving.insert(std::upper_bound(improving.begin(), improving.end(), found,
                                              [](const auto& a, const auto& b) { return a.first < b.first; }),
                             found);
            if (improving.size() > kAddedPerRound)
                improving.pop_back();
        }
        for (const auto& found : improving)
            m_candidates[i].push_back(found.second);
        added += int(improving.size());
        for (const auto& candidate : m_candidates[i])
            m_stamp[size_t(candidate.shopper)] = -1;
        for (int s : m_forbidden[i])
            m_stamp[size_t(s)] = -1;
    }
    m_columnsAdded += added;
    return added;
}

std::vector<VisitSolver::Violation> VisitSolver::violations(const Solution& solution) const
{
    std::map<int, std::vector<int>> byShopper;
    for (size_t i = 0; i < solution.shopper.size(); ++i)
        if (solution.shopper[i] >= 0)
            byShopper[solution.shopper[i]].push_back(int(i));
    std::vector<Violation> found;
    for (const auto& [shopper, locals] : byShopper) {
        if (locals.size() < 2)
            continue;
        if (m_groupLayer && m_problem.rules.capacityPerDay) {
            std::map<int, std::vector<int>> byDay;
            for (int i : locals) {
                const int day = m_problem.visits[size_t(m_open[size_t(i)])].day;
                if (day != AssignmentProblem::noDay)
                    byDay[day].push_back(i);
            }
            for (const auto& [day, members] : byDay) {
                const int room = m_rules.dayRoom(shopper, day);
                if (int(members.size()) > room)
                    found.push_back({shopper, members, room});
            }
        }
        for (size_t a = 0; a < locals.size(); ++a)
            for (size_t b = a + 1; b < locals.size(); ++b)
                if (!sameExactGroup(locals[a], locals[b])
                    && m_rules.lockOutEachOther(m_open[size_t(locals[a])], m_open[size_t(locals[b])]))
                    found.push_back({shopper, {locals[a], locals[b]}, 1});
    }
    return found;
}

void VisitSolver::diveStep(const Solution& solution, std::vector<std::pair<int, int>>* forbidden)
{
    std::map<int, std::vector<int>> byShopper;
    for (size_t i = 0; i < solution.shopper.size(); ++i)
        if (solution.shopper[i] >= 0)
            byShopper[solution.shopper[i]].push_back(int(i));
    for (auto& [shopper, locals] : byShopper) {
        if (locals.size() < 2)
            continue;
        std::stable_sort(locals.begin(), locals.end(),
                         [&](int a, int b) { return solution.cost[size_t(a)] < solution.cost[size_t(b)]; });
        std::vector<int> kept;
        std::map<int, int> perDay;
        for (int i : locals) {
            const int day = m_problem.visits[size_t(m_open[size_t(i)])].day;
            bool fits = true;
            if (m_groupLayer && m_problem.rules.capacityPerDay && day != AssignmentProblem::noDay)
                fits = perDay[day] < m_rules.dayRoom(shopper, day);
            for (int k : kept)
                fits = fits && (sameExactGroup(i, k) || !m_rules.lockOutEachOther(m_open[size_t(i)], m_open[size_t(k)]));
            if (fits) {
                kept.push_back(i);
                ++perDay[day];
            } else {
                forbid(i, shopper);
                forbidden->push_back({i, shopper});
            }
        }
    }
}

void VisitSolver::forbid(int local, int shopper)
{
    m_forbidden[size_t(local)].push_back(shopper);
    auto& candidates = m_candidates[size_t(local)];
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [shopper](const AssignmentNetwork::Candidate& c) { return c.shopper == shopper; }),
                     candidates.end());
}

void VisitSolver::allow(int local, int shopper)
{
    auto& forbidden = m_forbidden[size_t(local)];
    const auto it = std::find(forbidden.begin(), forbidden.end(), shopper);
    if (it != forbidden.end())
        forbidden.erase(it); // the pricing step brings the pair back when it pays
}

// Depth-first branch and bound below `node`: a violation is split into "this member loses its
// shopper" for capacity + 1 of its members; every assignment that keeps the rule is in one
// branch. Returns false when cancelled or the flow solver failed.
bool VisitSolver::search(const Solution& node, Solution* best)
{
    const std::vector<Violation> found = violations(node);
    if (found.empty()) {
        if (node.objective < best->objective)
            *best = node;
        return true;
    }
    Violation violation = found.front();
    std::stable_sort(violation.members.begin(), violation.members.end(),
                     [&](int a, int b) { return node.cost[size_t(a)] > node.cost[size_t(b)]; });
    violation.members.resize(size_t(std::min<int>(violation.capacity + 1, int(violation.members.size()))));
    for (int member : violation.members) {
        if (m_nodes >= m_nodeLimit) {
            m_searchComplete = false;
            return true;
        }
        forbid(member, violation.shopper);
        ++m_nodes;
        const auto child = solveNetwork();
        bool ok = child.has_value();
        if (ok && child->objective < best->objective)
            ok = search(*child, best);
        allow(member, violation.shopper);
        if (!ok)
            return false;
    }
    return true;
}

std::optional<AssignmentResult> VisitSolver::solve(QString* error)
{
    auto fail = [&]() -> std::optional<AssignmentResult> {
        if (error)
            *error = cancelled() ? AssignmentSolver::tr("cancelled") : AssignmentSolver::tr("the flow solver failed");
        return std::nullopt;
    };
    report(50);
    const auto root = solveNetwork();
    if (!root)
        return fail();
    report(70);

    // Dive: enforce the rule outside the network greedily until the assignment keeps it.
    Solution best = *root;
    std::vector<std::pair<int, int>> dived;
    for (int round = 0; !violations(best).empty(); ++round) {
        diveStep(best, &dived);
        const auto next = solveNetwork();
        if (!next)
            return fail();
        best = *next;
        report(std::min(85, 70 + round + 1));
    }
    for (auto it = dived.rbegin(); it != dived.rend(); ++it)
        allow(it->first, it->second);

    // Search for better, unless the dive already meets the bound.
    if (best.objective > root->objective && !search(*root, &best))
        return fail();
    report(95);

    std::vector<int> shopperOf(m_problem.visits.size(), -1);
    for (size_t i = 0; i < m_open.size(); ++i)
        shopperOf[size_t(m_open[i])] = best.shopper[i];
    AssignmentResult outcome = AssignmentSolver::resultOf(m_rules, shopperOf);
    outcome.boundAssigned = int(m_open.size()) - int(root->objective / m_unassignedCost);
    outcome.boundCost = root->objective % m_unassignedCost;
    outcome.provenOptimal = best.objective == root->objective || m_searchComplete;
    outcome.networkSolves = m_solves;
    outcome.columnsAdded = m_columnsAdded;
    outcome.branchNodes = m_nodes;
    outcome.candidateEntries = m_lists.entryCount();
    outcome.largestNetworkArcs = m_largestNetwork;
    return outcome;
}
