#include "CellSolver.h"

#include "AssignmentSolver.h"
#include "LockoutGroups.h"

#include <algorithm>
#include <functional>
#include <map>

namespace {
long long dayKey(int shopper, int day)
{
    return (static_cast<long long>(shopper) << 32) | static_cast<unsigned int>(day);
}
} // namespace

CellSolver::CellSolver(const CandidateLists& lists, int candidatesPerVisit, const std::atomic<bool>* cancel)
    : m_lists(lists)
    , m_rules(lists.rules())
    , m_problem(lists.rules().problem())
    , m_cancel(cancel)
{
    m_unassignedCost = AssignmentSolver::unassignedCost(m_rules);
    m_stamp.assign(m_problem.shoppers.size(), -1);
    m_cells.resize(size_t(lists.listCount()));
    for (int v = 0; v < int(m_problem.visits.size()); ++v)
        if (m_problem.visits[size_t(v)].open)
            m_cells[size_t(lists.listOf(v))].visits.push_back(v);
    for (size_t c = 0; c < m_cells.size(); ++c)
        m_cells[c].list = int(c);

    // A lockout group that is a clique allows one visit per shopper: on the arc when the group is
    // this cell alone, on a middle node when it spans several cells.
    const LockoutGroups groups(m_problem);
    std::map<int, int> cellsOfGroup;
    for (const Cell& cell : m_cells)
        ++cellsOfGroup[groups.of(cell.visits.front())];
    for (Cell& cell : m_cells) {
        const int visit = cell.visits.front();
        cell.group = groups.of(visit);
        cell.onePerShopper = groups.isClique(visit);
        cell.key = cell.onePerShopper && cellsOfGroup[groups.of(visit)] > 1 ? groups.of(visit) : -1;
    }

    // The first candidates: the cheapest shoppers of the list, as many as visits plus the margin.
    const size_t margin = size_t(std::max(1, candidatesPerVisit));
    for (size_t c = 0; c < m_cells.size(); ++c) {
        Cell& cell = m_cells[c];
        const size_t wanted = cell.visits.size() + margin;
        for (const auto& entry : lists.entries(int(c))) {
            if (cell.candidates.size() >= wanted)
                break;
            const int room = capacity(cell, entry.shopper);
            if (room > 0)
                cell.candidates.push_back({entry.shopper, entry.cost, room});
        }
    }
}

int CellSolver::capacity(const Cell& cell, int shopper) const
{
    int count = 0;
    for (int v : cell.visits) {
        if (m_lists.passesDatedRules(v, shopper)) {
            if (cell.onePerShopper)
                return 1;
            ++count;
        }
    }
    return count;
}

bool CellSolver::solve()
{
    AssignmentNetwork::Shopper shoppers{
        [this](int s) { return m_rules.waveRoom(s); },
        [this](int s) { return m_problem.shoppers[size_t(s)].fixedInWave; },
        [](int, int) { return 1; }, // middle nodes are shared lockout groups
        [this](int n) { return m_rules.workloadCost(n); },
    };
    for (;;) {
        if (m_cancel && m_cancel->load())
            return false;
        std::vector<AssignmentNetwork::Unit> units(m_cells.size());
        for (size_t c = 0; c < m_cells.size(); ++c) {
            units[c].key = m_cells[c].key;
            units[c].supply = int(m_cells[c].visits.size());
            units[c].candidates = m_cells[c].candidates;
        }
        AssignmentNetwork network;
        if (!network.solve(units, int(m_problem.shoppers.size()), shoppers, m_unassignedCost))
            return false;
        ++m_solves;
        m_largestNetwork = std::max(m_largestNetwork, network.arcCount());
        if (priceOut(network) > 0)
            continue;
        m_objective = network.objective();
        for (size_t c = 0; c < m_cells.size(); ++c)
            m_cells[c].flow = network.flows()[c];
        return true;
    }
}

int CellSolver::priceOut(const AssignmentNetwork& network)
{
    // As in VisitSolver::priceOut: a left-out (cell, shopper) pair improves the flow only if its
    // reduced cost is negative; lists are sorted by cost, so each walk stops early. A cell of
    // many visits may gain more pairs a round.
    const qint64 smallest = network.smallestKeyPotential();
    int added = 0;
    std::vector<std::pair<qint64, AssignmentNetwork::Candidate>> improving;
    for (size_t c = 0; c < m_cells.size(); ++c) {
        Cell& cell = m_cells[c];
        const size_t perRound = 4 + cell.visits.size();
        const qint64 threshold = network.unitPotential(int(c));
        for (const auto& candidate : cell.candidates)
            m_stamp[size_t(candidate.shopper)] = int(c);
        improving.clear();
        for (const auto& entry : m_lists.entries(cell.list)) {
            if (entry.cost >= threshold - smallest)
                break;
            if (m_stamp[size_t(entry.shopper)] == int(c))
                continue;
            const qint64 reduced = entry.cost + network.keyPotential(entry.shopper, cell.key) - threshold;
            if (reduced >= 0 || (improving.size() == perRound && reduced >= improving.back().first))
                continue;
            const int room = capacity(cell, entry.shopper);
            if (room == 0)
                continue;
            const std::pair<qint64, AssignmentNetwork::Candidate> found{reduced, {entry.shopper, entry.cost, room}};
            improving.insert(std::upper_bound(improving.begin(), improving.end(), found,
                                              [](const auto& a, const auto& b) { return a.first < b.first; }),
                             found);
            if (improving.size() > perRound)
                improving.pop_back();
        }
        for (const auto& found : improving)
            cell.candidates.push_back(found.second);
        added += int(improving.size());
        for (const auto& candidate : cell.candidates)
            m_stamp[size_t(candidate.shopper)] = -1;
    }
    m_columnsAdded += added;
    return added;
}

bool CellSolver::match(const Cell& cell, std::vector<int>* shopperOfVisit, std::unordered_map<long long, int>* dayUsed,
                       std::unordered_map<int, std::vector<int>>* given) const
{
    std::vector<int> units; // one entry per flow unit: the shopper
    for (size_t k = 0; k < cell.candidates.size(); ++k)
        for (int f = 0; f < cell.flow[k]; ++f)
            units.push_back(cell.candidates[k].shopper);
    const size_t visitCount = cell.visits.size();
    std::vector<int> unitOfVisit(visitCount, -1);
    std::vector<int> visitOfUnit(units.size(), -1);
    // Units of the same shopper (a shopper may take several visits of a cell when the lockout
    // does not keep it to one): their visits must fit together.
    std::vector<std::vector<size_t>> siblings(units.size());
    for (size_t a = 0; a < units.size(); ++a)
        for (size_t b = a + 1; b < units.size() && units[b] == units[a]; ++b) {
            siblings[a].push_back(b);
            siblings[b].push_back(a);
        }

    // Whether unit u may take visit i, given the other cells' visits and this cell's matches.
    auto fits = [&](size_t u, size_t i) {
        const int shopper = units[u];
        const int v = cell.visits[i];
        if (!m_lists.passesDatedRules(v, shopper))
            return false;
        const int day = m_problem.visits[size_t(v)].day;
        int sameDay = 0;
        for (size_t other : siblings[u]) {
            if (visitOfUnit[other] < 0)
                continue;
            const int w = cell.visits[size_t(visitOfUnit[other])];
            if (size_t(visitOfUnit[other]) != i && m_rules.lockOutEachOther(v, w))
                return false;
            sameDay += m_problem.visits[size_t(w)].day == day && size_t(visitOfUnit[other]) != i ? 1 : 0;
        }
        if (m_problem.rules.capacityPerDay && day != AssignmentProblem::noDay) {
            const auto used = dayUsed->find(dayKey(shopper, day));
            if ((used == dayUsed->end() ? 0 : used->second) + sameDay >= m_rules.dayRoom(shopper, day))
                return false;
        }
        const auto held = given->find(shopper);
        if (held != given->end())
            for (int w : held->second)
                if (m_rules.lockOutEachOther(v, w))
                    return false;
        return true;
    };
    // Kuhn's augmenting paths.
    std::vector<char> seen(visitCount);
    std::function<bool(size_t)> augment = [&](size_t u) {
        for (size_t i = 0; i < visitCount; ++i) {
            if (seen[i] || !fits(u, i))
                continue;
            seen[i] = 1;
            if (unitOfVisit[i] < 0 || augment(size_t(unitOfVisit[i]))) {
                unitOfVisit[i] = int(u);
                visitOfUnit[u] = int(i);
                return true;
            }
        }
        return false;
    };
    bool complete = true;
    for (size_t u = 0; u < units.size(); ++u) {
        // Most units find a free visit at once; the search is for the rest.
        for (size_t i = 0; i < visitCount && visitOfUnit[u] < 0; ++i) {
            if (unitOfVisit[i] < 0 && fits(u, i)) {
                unitOfVisit[i] = int(u);
                visitOfUnit[u] = int(i);
            }
        }
        if (visitOfUnit[u] < 0) {
            std::fill(seen.begin(), seen.end(), 0);
            complete = augment(u) && complete;
        }
    }
    // Matches of one shopper inside the cell were checked against each other as they were made,
    // but an augmenting path may have moved them: check them again before keeping them.
    for (size_t u = 0; u < units.size(); ++u) {
        if (visitOfUnit[u] < 0)
            continue;
        if (!fits(u, size_t(visitOfUnit[u]))) {
            unitOfVisit[size_t(visitOfUnit[u])] = -1;
            visitOfUnit[u] = -1;
            complete = false;
            continue;
        }
    }
    for (size_t u = 0; u < units.size(); ++u) {
        if (visitOfUnit[u] < 0)
            continue;
        const int v = cell.visits[size_t(visitOfUnit[u])];
        (*shopperOfVisit)[size_t(v)] = units[u];
        ++(*dayUsed)[dayKey(units[u], m_problem.visits[size_t(v)].day)];
        (*given)[units[u]].push_back(v);
    }
    return complete;
}

bool CellSolver::disaggregate(std::vector<int>* shopperOfVisit, std::vector<size_t>* failed) const
{
    // Cells are matched one after another; a cell that fails goes first in the next attempt.
    std::vector<size_t> order(m_cells.size());
    for (size_t c = 0; c < order.size(); ++c)
        order[c] = c;
    for (int attempt = 0; attempt < 2; ++attempt) {
        shopperOfVisit->assign(m_problem.visits.size(), -1);
        std::unordered_map<long long, int> dayUsed;
        std::unordered_map<int, std::vector<int>> given;
        failed->clear();
        for (size_t c : order)
            if (!match(m_cells[c], shopperOfVisit, &dayUsed, &given))
                failed->push_back(c);
        if (failed->empty())
            return true;
        std::stable_partition(order.begin(), order.end(),
                              [&](size_t c) { return std::find(failed->begin(), failed->end(), c) != failed->end(); });
    }
    return false;
}

bool CellSolver::split(const std::vector<size_t>& units)
{
    bool changed = false;
    for (size_t c : units) {
        if (m_cells[c].visits.size() < 2)
            continue;
        changed = true;
        ++m_split;
        const Cell whole = m_cells[c];
        for (size_t k = 0; k < whole.visits.size(); ++k) {
            Cell single;
            single.list = whole.list;
            single.group = whole.group;
            single.visits = {whole.visits[k]};
            single.onePerShopper = whole.onePerShopper;
            // The visits of the group are now several units: one per shopper is a middle node.
            single.key = whole.onePerShopper ? whole.group : -1;
            for (const auto& candidate : whole.candidates)
                if (m_lists.passesDatedRules(whole.visits[k], candidate.shopper))
                    single.candidates.push_back({candidate.shopper, candidate.cost, 1});
            if (k == 0)
                m_cells[c] = single;
            else
                m_cells.push_back(single);
        }
    }
    return changed;
}

std::vector<std::vector<int>> CellSolver::seeds() const
{
    std::vector<std::vector<int>> seeds(m_problem.visits.size());
    for (const Cell& cell : m_cells) {
        std::vector<int> shoppers;
        for (size_t k = 0; k < cell.candidates.size(); ++k)
            if (cell.flow.empty() || cell.flow[k] > 0)
                shoppers.push_back(cell.candidates[k].shopper);
        for (int v : cell.visits)
            seeds[size_t(v)] = shoppers;
    }
    return seeds;
}
