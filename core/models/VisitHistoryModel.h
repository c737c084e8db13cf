#pragma once

#include "shoppers/VisitHistory.h"

#include <QAbstractTableModel>

// A visit history as a table (newest first): date, wave, location or shopper, scenario, status
// and score. For a shopper the third column is the location; for a location, the shopper.
class VisitHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Of = VisitHistory::Of;
    enum Column { DateColumn, WaveColumn, WhoColumn, ScenarioColumn, StatusColumn, ScoreColumn, ColumnCount };

    explicit VisitHistoryModel(Of of, QObject* parent = nullptr);

    void setEntries(const QList<VisitHistory::Entry>& entries);
    const QList<VisitHistory::Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Of m_of;
    QList<VisitHistory::Entry> m_entries;
};
