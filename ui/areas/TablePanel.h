#pragma once

#include "models/AreaTables.h"

#include <QWidget>

class AreaTableModel;
class FilterBar;
class QLabel;
class QLineEdit;
class QSqlDatabase;
class QTableView;
class QSplitter;
class QToolBar;
class QTimer;

// One searchable table of an area: a search field with the table's filters, the table and a count
// of matching rows ("12 of 1,462 rows match").
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    TablePanel(AreaTables::Table table, QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    // Adds a button above the table for an action on this table (shown only once one is added).
    void addTableAction(QAction* action);
    // Puts a widget on the left of the table (a tree that narrows it), with a splitter between.
    void setSideWidget(QWidget* widget);
    // Puts a widget on the right of the table (details of the selected row), with a splitter between.
    void setDetailWidget(QWidget* widget);
    // The value in the given column of the row the user selected; empty when none is.
    QString selectedValue(int column) const;
    // The keys (ids, see AreaTables::rowKey) of every selected row, in ascending order.
    QList<qint64> selectedKeys() const;
    void refresh();
    AreaTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    FilterBar* filterBar() const { return m_filters; } // null when the table has no filters

signals:
    void loaded();    // a programme's data was loaded
    void refreshed(); // the data changed and was read again

private:
    void updateCount();
    void updateFilterChoices();

    AreaTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_empty;
    QTimer* m_searchDelay;
    QToolBar* m_actions;
    FilterBar* m_filters = nullptr;
    QSplitter* m_split;
};
