#include "LocationTreeModel.h"

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

LocationTreeModel::LocationTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

LocationTreeModel::~LocationTreeModel() = default;

void LocationTreeModel::setDatabase(const QSqlDatabase& db)
{
    m_connectionName = db.connectionName();
    refresh();
}

void LocationTreeModel::refresh()
{
    // Views (and the model tester) react to the reset by fetching; they do so once it is over.
    m_resetting = true;
    beginResetModel();
    load();
    endResetModel();
    m_resetting = false;
}

void LocationTreeModel::load()
{
    m_root = std::make_unique<Node>();
    m_geo.clear();
    m_total = 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;

    // The geography, then how many locations hang off each unit (one pass over an index).
    QHash<qint64, qint64> parentOf;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, parent_id, level, name FROM geo_unit"))) {
        emit failed(query.lastError().text());
        return;
    }
    std::vector<std::unique_ptr<Node>> units;
    while (query.next()) {
        auto node = std::make_unique<Node>();
        node->id = query.value(0).toLongLong();
        const QString level = query.value(2).toString();
        node->kind = level == QLatin1String("country") ? Country : level == QLatin1String("region") ? Region : Area;
        node->name = query.value(3).toString();
        if (!query.value(1).isNull())
            parentOf.insert(node->id, query.value(1).toLongLong());
        m_geo.insert(node->id, node.get());
        units.push_back(std::move(node));
    }
    auto none = std::make_unique<Node>();
    none->kind = NoGeography;
    none->name = tr("(no region)");
    if (!query.exec(QStringLiteral("SELECT geo_unit_id, count(*) FROM location GROUP BY geo_unit_id"))) {
        emit failed(query.lastError().text());
        return;
    }
    while (query.next()) {
        Node* node = query.value(0).isNull() ? none.get() : m_geo.value(query.value(0).toLongLong());
        if (node)
            node->direct = node->count = query.value(1).toLongLong();
        m_total += query.value(1).toLongLong();
    }

    // Hang every unit under its parent, countries under the root.
    for (auto& unit : units) {
        Node* parent = parentOf.contains(unit->id) ? m_geo.value(parentOf.value(unit->id)) : m_root.get();
        if (!parent)
            parent = m_root.get();
        unit->parent = parent;
        parent->children.push_back(std::move(unit));
    }
    // Counts add up from the leaves: a unit's parent is always one level up (country > region > area).
    for (Kind level : {Area, Region}) {
        for (Node* node : std::as_const(m_geo))
            if (node->kind == level && node->parent != m_root.get())
                node->parent->count += node->count;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::function<void(Node*)> order = [&](Node* node) {
        std::sort(node->children.begin(), node->children.end(),
                  [&](const auto& a, const auto& b) { return collator.compare(a->name, b->name) < 0; });
        for (size_t row = 0; row < node->children.size(); ++row) {
            node->children[row]->row = int(row);
            order(node->children[row].get());
        }
    };
    order(m_root.get());
    if (none->direct > 0) {
        none->parent = m_root.get();
        none->row = int(m_root->children.size());
        m_geo.insert(0, none.get());
        m_root->children.push_back(std::move(none));
    }
}

QString LocationTreeModel::levelKey(Kind kind)
{
    switch (kind) {
    case Country: return QStringLiteral("country");
    case Region: return QStringLiteral("region");
    case Area: return QStringLiteral("area");
    case NoGeography: return QStringLiteral("none");
    case Location: return QStringLiteral("location");
    }
    return {};
}

LocationTreeModel::Node* LocationTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex LocationTreeModel::geoIndex(qint64 id) const
{
    const Node* node = m_geo.value(id);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

QModelIndex LocationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex LocationTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* parent = nodeOf(child)->parent;
    return parent == m_root.get() || !parent ? QModelIndex() : createIndex(parent->row, 0, parent);
}

int LocationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int LocationTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool LocationTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    return !node->children.empty() || node->direct > node->fetched;
}

bool LocationTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    return !m_resetting && !m_fetching && node->kind != Location && node->direct > node->fetched;
}

void LocationTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* node = nodeOf(parent);
    // Keyset paging by code (unique): each batch costs the same, however far down it is.
    // A view may still lay out its last tree while the programme is being closed.
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    const bool first = node->fetched == 0;
    query.prepare(QStringLiteral("SELECT id, code, name FROM location WHERE %1%2 ORDER BY code LIMIT %3")
                      .arg(node->kind == NoGeography ? QStringLiteral("geo_unit_id IS NULL") : QStringLiteral("geo_unit_id = ?"),
                           first ? QString() : QStringLiteral(" AND code > ?"))
                      .arg(kBatch));
    if (node->kind != NoGeography)
        query.addBindValue(node->id);
    if (!first)
        query.addBindValue(node->lastCode);
    if (!query.exec()) {
        node->fetched = node->direct; // do not ask again in a loop
        emit failed(query.lastError().text());
        return;
    }
    std::vector<std::unique_ptr<Node>> batch;
    while (query.next()) {
        auto leaf = std::make_unique<Node>();
        leaf->kind = Location;
        leaf->id = query.value(0).toLongLong();
        leaf->code = query.value(1).toString();
        leaf->name = query.value(2).toString();
        leaf->parent = node;
        batch.push_back(std::move(leaf));
    }
    if (batch.empty()) {
        node->fetched = node->direct; // the file changed under us; a refresh follows
        return;
    }
    // The node knows what it holds before anyone hears of the new rows, and nobody fetches again
    // from a slot of these rows (a nested insert would break the model's contract).
    node->fetched = qint64(batch.size()) < kBatch ? node->direct : node->fetched + qint64(batch.size());
    node->lastCode = batch.back()->code;
    m_fetching = true;
    const int firstRow = int(node->children.size());
    beginInsertRows(parent.siblingAtColumn(0), firstRow, firstRow + int(batch.size()) - 1);
    for (auto& leaf : batch) {
        leaf->row = int(node->children.size());
        node->children.push_back(std::move(leaf));
    }
    endInsertRows();
    m_fetching = false;
}

QVariant LocationTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return node->kind == Location ? QVariant() : QVariant(node->count);
        return node->kind == Location ? tr("%1 (%2)").arg(node->name, node->code) : node->name;
    case Qt::ToolTipRole:
        if (node->kind == Location)
            return node->code;
        return tr("%n location(s)", nullptr, int(node->count));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole:
        return node->kind;
    case IdRole:
        return node->id;
    case CodeRole:
        return node->kind == Location ? QVariant(node->code) : QVariant();
    }
    return {};
}

QVariant LocationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Place") : section == CountColumn ? tr("Locations") : QVariant();
}
