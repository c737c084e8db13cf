#pragma once

#include "models/AreaTables.h"

#include <QWidget>

class AreaTableModel;
class QLabel;
class QLineEdit;
class QSqlDatabase;
class QTableView;
class QToolBar;
class QTimer;

// One searchable table of an area: a search field, the table and a count of matching rows.
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    TablePanel(AreaTables::Table table, QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    // Adds a button above the table for an action on this table (shown only once one is added).
    void addTableAction(QAction* action);
    // The value in the given column of the row the user selected; empty when none is.
    QString selectedValue(int column) const;
    void refresh();
    AreaTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* countLabel() const { return m_count; }

private:
    void updateCount();

    AreaTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_empty;
    QTimer* m_searchDelay;
    QToolBar* m_actions;
};
