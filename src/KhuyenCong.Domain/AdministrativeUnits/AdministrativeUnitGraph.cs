namespace KhuyenCong.Domain.AdministrativeUnits;

/// <summary>
/// The tree of units of both generations and the conversion links between them, held in memory
/// (about 14,000 nodes) so that scope questions are answered without a query each time.
/// </summary>
public sealed class AdministrativeUnitGraph
{
    /// <param name="ProvinceCode">The code of the unit's province (its own for a province); the same code may name a
    /// legacy and a current province (Phú Thọ, 25).</param>
    public sealed record Node(int Id, UnitLevel Level, UnitGeneration Generation, int? ParentId,
        string ProvinceCode = "");

    private readonly Dictionary<int, Node> _nodes;
    private readonly Dictionary<int, List<int>> _children = [];
    private readonly Dictionary<int, List<int>> _successors = [];
    private readonly Dictionary<int, List<int>> _predecessors = [];
    private readonly Dictionary<string, int> _unitsPerProvinceCode = [];

    public AdministrativeUnitGraph(IEnumerable<Node> nodes,
        IEnumerable<(int PredecessorId, int SuccessorId)> successions)
    {
        _nodes = nodes.ToDictionary(n => n.Id);
        foreach (var node in _nodes.Values)
        {
            if (node.ParentId is { } parent) Add(_children, parent, node.Id);
            if (node.ProvinceCode != "")
            {
                var code = node.ProvinceCode;
                _unitsPerProvinceCode[code] = _unitsPerProvinceCode.GetValueOrDefault(code) + 1;
            }
        }
        foreach (var (from, to) in successions)
        {
            Add(_successors, from, to);
            Add(_predecessors, to, from);
        }
    }

    public int Count => _nodes.Count;

    public bool Contains(int unitId) => _nodes.ContainsKey(unitId);

    /// <summary>The unit and everything below it.</summary>
    public HashSet<int> Subtree(int rootId)
    {
        var result = new HashSet<int>();
        if (!_nodes.ContainsKey(rootId)) return result;
        var stack = new Stack<int>([rootId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!result.Add(id)) continue;
            foreach (var child in Get(_children, id)) stack.Push(child);
        }
        return result;
    }

    /// <summary>
    /// The units visible to an organisation whose scope unit is <paramref name="rootId"/> (DOMAIN §2–3):
    /// <list type="bullet">
    /// <item>its subtree;</item>
    /// <item>for a legacy unit, the current communes formed from its communes (a legacy district's staff
    /// follow their area into the new structure, but do not see the whole new province);</item>
    /// <item>for a current unit, the legacy communes it was formed from (its history), and for a current
    /// province also the whole legacy provinces that became part of it, with their districts.</item>
    /// </list>
    /// </summary>
    public HashSet<int> ScopeOf(int rootId)
    {
        var scope = Subtree(rootId);
        if (!_nodes.TryGetValue(rootId, out var root)) return scope;

        var linked = new List<int>();
        foreach (var id in scope)
        {
            var links = root.Generation == UnitGeneration.Legacy ? Get(_successors, id) : Get(_predecessors, id);
            foreach (var other in links)
            {
                var node = _nodes[other];
                var isWholeLegacyProvince = root.Level == UnitLevel.Province && node.Level == UnitLevel.Province
                                            && root.Generation == UnitGeneration.Current;
                if (isWholeLegacyProvince) linked.AddRange(Subtree(other));
                else if (node.Level != UnitLevel.Province) linked.Add(other);
            }
        }
        scope.UnionWith(linked);
        return scope;
    }

    /// <summary>
    /// A scope in the shape records are filtered by (issue 16): the province codes every unit of which (both
    /// generations) is in <paramref name="units"/>, and the units outside them. A record whose stored province code
    /// is one of the first, or whose unit is one of the second, is exactly a record of one of the units, so a
    /// province's pages filter on a few codes instead of its ~660 units.
    /// </summary>
    public UnitScope ScopeFilter(IReadOnlySet<int> units)
    {
        var held = new Dictionary<string, int>();
        foreach (var id in units)
            if (_nodes.TryGetValue(id, out var node) && node.ProvinceCode != "")
                held[node.ProvinceCode] = held.GetValueOrDefault(node.ProvinceCode) + 1;
        var whole = held.Where(h => h.Value == _unitsPerProvinceCode[h.Key]).Select(h => h.Key).ToHashSet();
        var others = units
            .Where(id => !(_nodes.TryGetValue(id, out var node) && whole.Contains(node.ProvinceCode)))
            .ToHashSet();
        return UnitScope.Of(units, whole, others);
    }

    public IReadOnlyList<int> SuccessorsOf(int unitId) => Get(_successors, unitId);

    public IReadOnlyList<int> PredecessorsOf(int unitId) => Get(_predecessors, unitId);

    private static IReadOnlyList<int> Get(Dictionary<int, List<int>> map, int id) =>
        map.TryGetValue(id, out var list) ? list : [];

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
