#pragma once

#include "AreaTables.h"

#include <QSqlQueryModel>

// A read-only, searchable, sortable table of one area's data. Rows are fetched as the view
// scrolls (QSqlQueryModel's lazy fetching), so 200,000 visits open at once; search and sort are
// done by SQLite with bound values.
class AreaTableModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    AreaTableModel(AreaTables::Table table, QObject* parent = nullptr);

    AreaTables::Table table() const { return m_table; }
    void setDatabase(const QSqlDatabase& db);
    QString searchText() const { return m_search; }
    void setSearchText(const QString& text);
    // Number of matching rows (not only those fetched so far).
    qint64 matchingRowCount() const;
    void refresh();

    void sort(int column, Qt::SortOrder order) override;
    void fetchMore(const QModelIndex& parent = QModelIndex()) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    QString whereClause() const;
    void bindSearch(QSqlQuery& query) const;

    AreaTables::Table m_table;
    AreaTables::Spec m_spec;
    QString m_connectionName;
    QString m_search;
    int m_sortColumn = -1; // -1: the table's natural order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
    bool m_fetching = false;
};
