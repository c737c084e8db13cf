#pragma once

#include <QTreeView>

class LocationTreeModel;
class TablePanel;

// The geography beside the Locations table: country > region > area > location, with the number
// of locations in each. Choosing a node shows its locations in the table (a filter like the
// others, combined with the search and the filter bar); choosing a region in the filter bar
// instead lets go of the node, so the two never contradict each other.
class LocationTreeView : public QTreeView
{
    Q_OBJECT

public:
    // Installs itself on the left of the table.
    explicit LocationTreeView(TablePanel* locations);

    LocationTreeModel* treeModel() const { return m_model; }

signals:
    // A location was double-clicked.
    void locationActivated(const QString& code);

private:
    void load();
    void reload();
    void applySelection();

    TablePanel* m_locations;
    LocationTreeModel* m_model;
    bool m_restoring = false;
};
