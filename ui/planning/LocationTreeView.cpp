#include "LocationTreeView.h"

#include "areas/FilterBar.h"
#include "areas/TablePanel.h"
#include "models/AreaTableModel.h"
#include "models/LocationTreeModel.h"

#include <QHeaderView>
#include <QSet>

#include <functional>

LocationTreeView::LocationTreeView(TablePanel* locations)
    : QTreeView(locations)
    , m_locations(locations)
    , m_model(new LocationTreeModel(this))
{
    setObjectName(QStringLiteral("locationTree"));
    setModel(m_model);
    setUniformRowHeights(true); // thousands of locations under one node stay quick
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(LocationTreeModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(LocationTreeModel::CountColumn, QHeaderView::ResizeToContents);
    setMinimumWidth(220);

    locations->setSideWidget(this);
    connect(locations, &TablePanel::loaded, this, &LocationTreeView::load);
    connect(locations, &TablePanel::refreshed, this, &LocationTreeView::reload);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &LocationTreeView::applySelection);
    // A region chosen in the filter bar takes over from the tree's choice.
    if (FilterBar* filters = locations->filterBar())
        connect(filters, &FilterBar::changed, this, [this](const QVariantHash& values) {
            if (values.value(QStringLiteral("region")).isValid())
                clearSelection();
        });
    // As on the table: a double-click edits (activated would fire on a single click where the
    // desktop opens items that way, and a click here only chooses).
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(LocationTreeModel::KindRole).toInt() == LocationTreeModel::Location)
            emit locationActivated(index.data(LocationTreeModel::CodeRole).toString());
    });
}

void LocationTreeView::load()
{
    m_restoring = true;
    m_model->setDatabase(m_locations->model()->database());
    // The countries open, so the regions show; "(no region)" stays closed.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex country = m_model->index(row, 0);
        if (country.data(LocationTreeModel::KindRole).toInt() == LocationTreeModel::Country)
            expand(country);
    }
    m_restoring = false;
}

void LocationTreeView::reload()
{
    // The file changed: read the tree again and open and select what was open and selected.
    QSet<qint64> open;
    std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (index.data(LocationTreeModel::KindRole).toInt() != LocationTreeModel::Location && isExpanded(index)) {
                open.insert(index.data(LocationTreeModel::IdRole).toLongLong());
                collect(index);
            }
        }
    };
    collect(QModelIndex());
    const QModelIndex current = currentIndex();
    const int kind = current.isValid() ? current.data(LocationTreeModel::KindRole).toInt() : -1;
    const qint64 id = current.isValid() ? current.data(LocationTreeModel::IdRole).toLongLong() : 0;
    const qint64 parentId = current.isValid() ? current.parent().data(LocationTreeModel::IdRole).toLongLong() : 0;

    m_restoring = true;
    m_model->refresh();
    // Parents open before their children (a child's index exists once its parent is known).
    for (qint64 unit : std::as_const(open))
        for (QModelIndex index = m_model->geoIndex(unit); index.isValid(); index = index.parent())
            expand(index);
    QModelIndex again;
    if (kind == LocationTreeModel::Location) {
        // Its batch is fetched again (the view would only fetch once it lays the tree out).
        const QModelIndex parent = m_model->geoIndex(parentId);
        for (int row = 0; parent.isValid() && !again.isValid(); ++row) {
            if (row == m_model->rowCount(parent)) {
                if (!m_model->canFetchMore(parent))
                    break;
                m_model->fetchMore(parent);
            }
            if (row < m_model->rowCount(parent) && m_model->index(row, 0, parent).data(LocationTreeModel::IdRole).toLongLong() == id)
                again = m_model->index(row, 0, parent);
        }
    } else if (kind >= 0) {
        again = m_model->geoIndex(id);
    }
    if (again.isValid())
        setCurrentIndex(again);
    m_restoring = false;
    // What was chosen is gone (an undo removed it): the table shows everything again.
    if (kind >= 0 && !again.isValid())
        applySelection();
}

void LocationTreeView::applySelection()
{
    if (m_restoring)
        return;
    const QModelIndexList chosen = selectionModel()->selectedRows();
    QVariantHash filters{{QStringLiteral("place"), QVariant()}, {QStringLiteral("location"), QVariant()}};
    if (!chosen.isEmpty()) {
        const QModelIndex index = chosen.first();
        const bool location = index.data(LocationTreeModel::KindRole).toInt() == LocationTreeModel::Location;
        filters.insert(location ? QStringLiteral("location") : QStringLiteral("place"), index.data(LocationTreeModel::IdRole));
        // The tree's choice replaces a region chosen in the filter bar.
        if (FilterBar* bar = m_locations->filterBar(); bar && bar->value(QStringLiteral("region")).isValid()) {
            bar->setValue(QStringLiteral("region"), QVariant(), false);
            filters.insert(QStringLiteral("region"), QVariant());
        }
    }
    m_locations->model()->setFilters(filters);
}
