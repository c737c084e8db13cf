#pragma once

#include "planning/PlanSummary.h"

#include <QAbstractTableModel>
#include <QColor>

// The plan summary as a table: one column per key of the grouped dimensions (wave, country and
// region, scenario, channel, location code and name), then visits, budget, precision and a note
// that flags cells too small to report. The totals row stays last whichever column the user
// sorts by. It lives in ui/ because it colours the flagged rows.
class PlanSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Figure
    {
        Visits,
        Budget,
        Precision,
        Note
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        TooSmallRole, // bool: the row's cell is below the small-base threshold
        TotalRole, // bool: the totals row
    };

    // The background of a cell too small to report (the legend shows the same colour).
    static QColor tooSmallColour();

    explicit PlanSummaryModel(QObject* parent = nullptr);

    // Shows a new summary. The user's sort stays while the grouping is the same.
    void setSummary(const PlanSummary& summary);
    void clear();
    const PlanSummary& summary() const { return m_summary; }
    bool isEmpty() const { return m_summary.cells.isEmpty(); }

    int figureColumn(Figure figure) const { return int(m_keys.size()) + int(figure); }
    // The cell a row shows, or the total for the totals row.
    const PlanSummary::Cell& cellAt(int row) const;
    bool isTotalRow(int row) const { return row == int(m_order.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 is the natural order (wave start, country, region, scenario, channel, location).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The key columns of the grouped dimensions.
    enum Key
    {
        WaveKey,
        CountryKey,
        RegionKey,
        ScenarioKey,
        ChannelKey,
        LocationKey,
        LocationNameKey
    };

    QString keyText(const PlanSummary::Cell& cell, Key key) const;
    QVariant sortValue(int row, int column) const;
    void orderRows();

    PlanSummary m_summary;
    QList<Key> m_keys;
    QList<int> m_order; // the cells in the order shown; the totals row follows
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
