#pragma once

#include "assignment/CostBreakdown.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

class AssignmentSession;
struct AssignmentResult;
struct VisitExplanation;

// What an assignment run proposes, one row per open visit of the wave: where and when, the
// shopper it gets (or none, with the rule that left it without one) and what that costs.
class AssignmentProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Visit, Location, Name, Scenario, Date, Shopper, Distance, Cost, WhyNone, ColumnCount };

    explicit AssignmentProposalModel(QObject* parent = nullptr);

    // unassigned: the explanations of the visits left without a shopper (their reasons).
    void setProposal(std::shared_ptr<const AssignmentSession> session, std::shared_ptr<const AssignmentResult> result,
                     const std::vector<VisitExplanation>& unassigned);
    void clear();
    // The problem visit index of a row, -1 outside.
    int visitAt(int row) const;
    int rowOfVisitId(qint64 visitId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int visit = 0;
        int shopper = -1;
        CostBreakdown cost;
        QString reason; // unassigned: the binding rule's label
    };

    std::shared_ptr<const AssignmentSession> m_session;
    std::shared_ptr<const AssignmentResult> m_result;
    std::vector<Row> m_rows;
};
