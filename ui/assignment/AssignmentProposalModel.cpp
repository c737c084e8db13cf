#include "AssignmentProposalModel.h"

#include "assignment/AssignmentSession.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <algorithm>

AssignmentProposalModel::AssignmentProposalModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AssignmentProposalModel::setProposal(std::shared_ptr<const AssignmentSession> session,
                                          std::shared_ptr<const AssignmentResult> result,
                                          const std::vector<VisitExplanation>& unassigned)
{
    beginResetModel();
    m_session = std::move(session);
    m_result = std::move(result);
    m_rows.clear();
    m_rows.reserve(m_result->assignments.size() + unassigned.size());
    for (const auto& assignment : m_result->assignments)
        m_rows.push_back({assignment.visit, assignment.shopper, assignment.cost, {}});
    for (const VisitExplanation& why : unassigned)
        m_rows.push_back({why.visit, -1, {}, AssignmentExplainer::reasonLabel(why.binding)});
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.visit < b.visit; });
    endResetModel();
}

void AssignmentProposalModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_result.reset();
    m_session.reset();
    endResetModel();
}

int AssignmentProposalModel::visitAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].visit : -1;
}

int AssignmentProposalModel::rowOfVisitId(qint64 visitId) const
{
    if (!m_session)
        return -1;
    const int visit = m_session->visitIndex(visitId);
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), visit, [](const Row& row, int v) { return row.visit < v; });
    return found != m_rows.end() && found->visit == visit ? int(found - m_rows.begin()) : -1;
}

int AssignmentProposalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssignmentProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssignmentProposalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const AssignmentProblem& problem = m_session->problem();
    const auto& visit = problem.visits[size_t(row.visit)];
    const auto& location = problem.locations[size_t(visit.location)];
    const bool assigned = row.shopper >= 0;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Distance || index.column() == Cost || index.column() == Visit
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ForegroundRole && !assigned && (index.column() == Shopper || index.column() == WhyNone))
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && !assigned)
        return tr("No shopper: %1").arg(row.reason);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Visit:
        return visit.id;
    case Location:
        return location.code;
    case Name:
        return location.name;
    case Scenario:
        return problem.scenarios[size_t(visit.scenario)].code;
    case Date:
        return visit.day == AssignmentProblem::noDay ? tr("any day") : locale.toString(QDate::fromJulianDay(visit.day), QLocale::ShortFormat);
    case Shopper:
        return assigned ? problem.shoppers[size_t(row.shopper)].code : tr("none");
    case Distance:
        return assigned && location.inPerson ? tr("%1 km").arg(locale.toString(row.cost.km, 'f', 1)) : QString();
    case Cost:
        return assigned ? locale.toString(CostBreakdown::points(row.cost.total()), 'f', 2) : QString();
    case WhyNone:
        return row.reason;
    default:
        return {};
    }
}

QVariant AssignmentProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Visit:
        return tr("Visit");
    case Location:
        return tr("Location");
    case Name:
        return tr("Name");
    case Scenario:
        return tr("Scenario");
    case Date:
        return tr("Date");
    case Shopper:
        return tr("Shopper");
    case Distance:
        return tr("Distance");
    case Cost:
        return tr("Cost");
    case WhyNone:
        return tr("Why none");
    default:
        return {};
    }
}
