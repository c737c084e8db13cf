#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <vector>

// The locations by their geography: country > region > area > location, with the number of
// locations under every node. The geography (a few hundred units) is read at once with the
// counts; the locations of a node are fetched when it is expanded, a batch at a time, so a
// programme of 50,000 locations opens at once. A location hangs off the deepest level it is known
// at, so a region may hold areas and locations side by side; locations without any geography are
// under "(no region)" at the end.
class LocationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, CodeRole };
    enum Kind { Country, Region, Area, NoGeography, Location };
    enum Column { NameColumn, CountColumn, ColumnCount };
    static constexpr int kBatch = 500; // locations fetched at a time

    explicit LocationTreeModel(QObject* parent = nullptr);
    ~LocationTreeModel() override;

    void setDatabase(const QSqlDatabase& db);
    // Reads the file again (after an edit); the view restores what it had open.
    void refresh();
    // The node of a geography unit; id 0 is "(no region)". Invalid when there is none.
    QModelIndex geoIndex(qint64 id) const;
    qint64 totalCount() const { return m_total; }
    static QString levelKey(Kind kind); // "country", "region", "area", "none", "location"

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    struct Node
    {
        Kind kind = Country;
        qint64 id = 0;       // geo unit or location; 0 for "(no region)"
        QString name;
        QString code;        // locations only
        qint64 count = 0;    // locations under the node
        qint64 direct = 0;   // locations hanging directly off it
        qint64 fetched = 0;  // of those, fetched so far
        QString lastCode;    // the last one fetched (the next batch starts after it)
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children; // geography first, then the fetched locations
    };
    void load();
    Node* nodeOf(const QModelIndex& index) const;

    QString m_connectionName;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node*> m_geo; // geo unit id (0: no geography) -> node
    qint64 m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
};
