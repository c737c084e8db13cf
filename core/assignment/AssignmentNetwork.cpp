#include "AssignmentNetwork.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <deque>

namespace {
// Farther than any path of the model: duals beyond it come from an artificial arc.
constexpr qint64 kFar = qint64(1) << 60;

struct PendingArc
{
    int from;
    int to;
    qint64 upper;
    qint64 cost;
};

// Shortest distances from every node to the sink over the arcs that can still carry flow
// (forward with room left, backward with flow), found by label correcting from the sink. The
// flow is optimal, so there is no negative cycle. Nodes that cannot reach the sink get kFar.
std::vector<qint64> residualDistances(const std::vector<PendingArc>& arcs, const std::vector<qint64>& flows, int nodeCount,
                                      int sink)
{
    std::vector<std::vector<std::pair<int, qint64>>> into(static_cast<size_t>(nodeCount)); // node -> (from, cost)
    for (size_t a = 0; a < arcs.size(); ++a) {
        if (flows[a] < arcs[a].upper)
            into[size_t(arcs[a].to)].push_back({arcs[a].from, arcs[a].cost});
        if (flows[a] > 0)
            into[size_t(arcs[a].from)].push_back({arcs[a].to, -arcs[a].cost});
    }
    std::vector<qint64> distance(static_cast<size_t>(nodeCount), kFar);
    std::vector<char> queued(static_cast<size_t>(nodeCount), 0);
    std::deque<int> queue{sink};
    distance[size_t(sink)] = 0;
    queued[size_t(sink)] = 1;
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        queued[size_t(node)] = 0;
        for (const auto& [from, cost] : into[size_t(node)]) {
            const qint64 through = distance[size_t(node)] + cost;
            if (through < distance[size_t(from)]) {
                distance[size_t(from)] = through;
                if (!queued[size_t(from)]) {
                    queued[size_t(from)] = 1;
                    queue.push_back(from);
                }
            }
        }
    }
    return distance;
}

long long keyOf(int shopper, int key)
{
    return (static_cast<long long>(shopper) << 32) | static_cast<unsigned int>(key);
}
} // namespace

bool AssignmentNetwork::solve(const std::vector<Unit>& units, int shopperCount, const Shopper& shoppers,
                              qint64 unassignedCost)
{
    using Graph = lemon::SmartDigraph;
    Graph graph;

    const int unitCount = int(units.size());
    size_t candidateArcs = 0;
    for (const Unit& unit : units)
        candidateArcs += unit.candidates.size();
    graph.reserveNode(int(unitCount + 1 + candidateArcs + size_t(shopperCount) / 4));
    graph.reserveArc(int(unitCount + candidateArcs * 3));

    std::vector<Graph::Node> unitNodes(static_cast<size_t>(unitCount));
    for (int v = 0; v < unitCount; ++v)
        unitNodes[size_t(v)] = graph.addNode();
    const Graph::Node sink = graph.addNode();

    // Which shoppers and middle nodes the candidate arcs need, and how many arcs reach each.
    std::vector<int> shopperNode(static_cast<size_t>(shopperCount), -1);
    std::vector<int> shopperArcs(static_cast<size_t>(shopperCount), 0);
    std::unordered_map<long long, int> middleNode;
    middleNode.reserve(candidateArcs);
    std::vector<PendingArc> arcs;
    arcs.reserve(unitCount + candidateArcs * 2);
    auto nodeId = [&graph](Graph::Node node) { return graph.id(node); };

    std::vector<std::vector<int>> candidateArcIds(static_cast<size_t>(unitCount));
    for (int v = 0; v < unitCount; ++v) {
        const Unit& unit = units[size_t(v)];
        arcs.push_back({nodeId(unitNodes[size_t(v)]), nodeId(sink), unit.supply, unassignedCost});
        candidateArcIds[size_t(v)].reserve(unit.candidates.size());
        for (const Candidate& candidate : unit.candidates) {
            const int s = candidate.shopper;
            if (shopperNode[size_t(s)] < 0)
                shopperNode[size_t(s)] = nodeId(graph.addNode());
            shopperArcs[size_t(s)] += candidate.capacity;
            int target = shopperNode[size_t(s)];
            if (unit.key >= 0) {
                const long long key = keyOf(s, unit.key);
                auto it = middleNode.find(key);
                if (it == middleNode.end()) {
                    const int middle = nodeId(graph.addNode());
                    it = middleNode.emplace(key, middle).first;
                    arcs.push_back({middle, shopperNode[size_t(s)], std::max(0, shoppers.keyCapacity(s, unit.key)), 0});
                }
                target = it->second;
            }
            candidateArcIds[size_t(v)].push_back(int(arcs.size()));
            arcs.push_back({nodeId(unitNodes[size_t(v)]), target, candidate.capacity, candidate.cost});
        }
    }
    // Shopper -> sink: one arc per further visit, each costing that visit's workload term. One
    // more than the candidate arcs can fill: unused, it keeps the shopper's dual at most the
    // next visit's term, as in the network with every pair, which the pricing step relies on.
    for (int s = 0; s < shopperCount; ++s) {
        if (shopperNode[size_t(s)] < 0)
            continue;
        const int room = int(std::min<qint64>(shoppers.waveRoom(s), qint64(shopperArcs[size_t(s)]) + 1));
        const int fixed = shoppers.fixedVisits(s);
        if (shoppers.workloadCost(fixed + room) == 0) {
            arcs.push_back({shopperNode[size_t(s)], nodeId(sink), room, 0});
            continue;
        }
        for (int j = 1; j <= room; ++j)
            arcs.push_back({shopperNode[size_t(s)], nodeId(sink), 1, shoppers.workloadCost(fixed + j)});
    }

    std::vector<Graph::Arc> graphArcs;
    graphArcs.reserve(arcs.size());
    for (const PendingArc& arc : arcs)
        graphArcs.push_back(graph.addArc(graph.nodeFromId(arc.from), graph.nodeFromId(arc.to)));
    Graph::ArcMap<qint64> upper(graph), cost(graph);
    for (size_t a = 0; a < arcs.size(); ++a) {
        upper[graphArcs[a]] = arcs[a].upper;
        cost[graphArcs[a]] = arcs[a].cost;
    }
    Graph::NodeMap<qint64> supply(graph, 0);
    qint64 total = 0;
    for (int v = 0; v < unitCount; ++v) {
        supply[unitNodes[size_t(v)]] = units[size_t(v)].supply;
        total += units[size_t(v)].supply;
    }
    supply[sink] = -total;
    m_arcCount = qint64(arcs.size());

    lemon::NetworkSimplex<Graph, qint64, qint64> simplex(graph);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, qint64, qint64>::OPTIMAL)
        return false;
    m_objective = simplex.totalCost();

    m_flows.assign(size_t(unitCount), {});
    for (int v = 0; v < unitCount; ++v) {
        m_flows[size_t(v)].resize(candidateArcIds[size_t(v)].size());
        for (size_t c = 0; c < candidateArcIds[size_t(v)].size(); ++c)
            m_flows[size_t(v)][c] = int(simplex.flow(graphArcs[size_t(candidateArcIds[size_t(v)][c])]));
    }

    // Duals: the cost of reaching the sink from a node. LEMON's potentials are such duals, but
    // a part of its final spanning tree may still hang off an artificial arc, shifting that
    // part by about 2^62; then the distances are computed afresh on the residual network.
    const int nodeCount = graph.maxNodeId() + 1;
    std::vector<qint64> distance(static_cast<size_t>(nodeCount));
    const qint64 sinkPotential = simplex.potential(sink);
    bool sane = true;
    for (int id = 0; id < nodeCount && sane; ++id) {
        const qint64 potential = simplex.potential(graph.nodeFromId(id));
        sane = potential < kFar && potential > -kFar && sinkPotential < kFar && sinkPotential > -kFar;
        distance[size_t(id)] = sinkPotential - potential;
    }
    if (!sane) {
        std::vector<qint64> flows(arcs.size());
        for (size_t a = 0; a < arcs.size(); ++a)
            flows[a] = simplex.flow(graphArcs[a]);
        distance = residualDistances(arcs, flows, nodeCount, nodeId(sink));
    }
    auto toSink = [&](int id) { return distance[size_t(id)]; };
    m_unitPotential.resize(size_t(unitCount));
    for (int v = 0; v < unitCount; ++v)
        m_unitPotential[size_t(v)] = toSink(nodeId(unitNodes[size_t(v)]));
    m_shopperPotential.assign(size_t(shopperCount), 0);
    m_smallestPotential = 0;
    for (int s = 0; s < shopperCount; ++s) {
        m_shopperPotential[size_t(s)] = shopperNode[size_t(s)] >= 0 ? toSink(shopperNode[size_t(s)])
                                                                     : shoppers.workloadCost(shoppers.fixedVisits(s) + 1);
        m_smallestPotential = std::min(m_smallestPotential, m_shopperPotential[size_t(s)]);
    }
    m_keyPotential.clear();
    m_keyPotential.reserve(middleNode.size());
    for (const auto& [key, id] : middleNode) {
        const qint64 potential = toSink(id);
        m_keyPotential.emplace(key, potential);
        m_smallestPotential = std::min(m_smallestPotential, potential);
    }
    return true;
}

qint64 AssignmentNetwork::keyPotential(int shopper, int key) const
{
    if (key >= 0) {
        const auto it = m_keyPotential.find(keyOf(shopper, key));
        if (it != m_keyPotential.end())
            return it->second;
    }
    return m_shopperPotential[size_t(shopper)];
}
