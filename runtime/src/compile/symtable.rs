//! The symbol-table pass: decides, before any code is generated, whether each
//! name in each scope is a local, a cell (a local captured by an inner
//! function), a free variable (captured from an enclosing function), an
//! explicit or implicit global, or (in class bodies) a namespace name. The
//! rules are CPython's (`Python/symtable.c`), including the implicit
//! `__class__` cell that zero-argument `super()` needs, comprehension scopes and
//! the walrus operator binding in the enclosing function.
//!
//! Scopes are keyed by the address of the AST node that opens them, which is
//! stable because the tree is not moved between this pass and code generation.

use super::ast::{self, Expr, Stmt};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression.
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Symbol {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Module or class namespace.
    Name,
}

#[derive(Default, Debug)]
struct Flags {
    assigned: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The scope's name, for debugging output.
    #[allow(dead_code, reason = "kept for symbol-table dumps")]
    pub name: String,
    pub parent: Option<usize>,
    flags: Vec<(String, Flags)>,
    pub symbols: HashMap<String, Symbol>,
    /// Free variables in first-use order (the closure layout).
    pub freevars: Vec<String>,
    /// Cell variables in first-definition order.
    pub cellvars: Vec<String>,
    /// Parameters in order.
    pub params: Vec<String>,
    pub is_generator: bool,
    /// Class scope: a method uses `super` or `__class__`.
    pub needs_class_cell: bool,
    /// The innermost enclosing class's name, for private name mangling.
    pub private: Option<String>,
    children: Vec<usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            flags: Vec::new(),
            symbols: HashMap::new(),
            freevars: Vec::new(),
            cellvars: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            private: None,
            children: Vec::new(),
        }
    }
    fn flag(&mut self, name: &str) -> &mut Flags {
        if let Some(i) = self.flags.iter().position(|(n, _)| n == name) {
            return &mut self.flags[i].1;
        }
        self.flags.push((name.to_string(), Flags::default()));
        &mut self.flags.last_mut().unwrap().1
    }
    pub fn lookup(&self, name: &str) -> Symbol {
        match self.symbols.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Symbol::Name,
                _ => Symbol::GlobalImplicit,
            },
        }
    }
    /// Local names in definition order (for function frames).
    pub fn local_names(&self) -> Vec<String> {
        let mut out: Vec<String> = self.params.clone();
        for (n, _) in &self.flags {
            if matches!(self.symbols.get(n), Some(Symbol::Local) | Some(Symbol::Cell)) && !out.contains(n) {
                out.push(n.clone());
            }
        }
        out
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

/// A scope-level error (e.g. `nonlocal` of an unknown name), with the byte
/// offset it refers to.
pub struct SymError {
    pub msg: String,
    pub offset: u32,
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    error: Option<SymError>,
}

/// Private name mangling: inside class `C`, `__x` (not ending in `__`)
/// becomes `_C__x`.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    if let Some(p) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let p = p.trim_start_matches('_');
            if !p.is_empty() {
                return std::borrow::Cow::Owned(format!("_{p}{name}"));
            }
        }
    }
    std::borrow::Cow::Borrowed(name)
}

pub fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub fn build(body: &[Stmt]) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
        error: None,
    };
    for s in body {
        b.stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    b.analyze()?;
    Ok(SymbolTable { scopes: b.scopes, by_node: b.by_node })
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.cur));
        scope.private =
            if kind == ScopeKind::Class { Some(name.to_string()) } else { self.scopes[self.cur].private.clone() };
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }
    /// `name` mangled for the current scope.
    fn m(&self, name: &str) -> String {
        mangle(self.scopes[self.cur].private.as_deref(), name).into_owned()
    }
    fn store(&mut self, name: &str) {
        let name = self.m(name);
        self.scopes[self.cur].flag(&name).assigned = true;
    }
    fn use_name(&mut self, name: &str) {
        let name = self.m(name);
        self.scopes[self.cur].flag(&name).used = true;
    }
    fn err(&mut self, msg: String, offset: u32) {
        if self.error.is_none() {
            self.error = Some(SymError { msg, offset });
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args(&mut self, a: &ast::Arguments) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for arg in a.posonlyargs.iter().chain(a.args.iter()).chain(a.kwonlyargs.iter()) {
            if let Some(d) = &arg.default {
                self.expr(d);
            }
        }
    }
    fn params(&mut self, a: &ast::Arguments) {
        let mut names = Vec::new();
        for arg in a.posonlyargs.iter().chain(a.args.iter()) {
            names.push(self.m(arg.def.arg.as_str()));
        }
        for arg in &a.kwonlyargs {
            names.push(self.m(arg.def.arg.as_str()));
        }
        if let Some(v) = &a.vararg {
            names.push(self.m(v.arg.as_str()));
        }
        if let Some(k) = &a.kwarg {
            names.push(self.m(k.arg.as_str()));
        }
        for n in &names {
            let f = self.scopes[self.cur].flag(n);
            f.param = true;
            f.assigned = true;
        }
        self.scopes[self.cur].params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.args(&f.args);
                self.annotations(&f.args, f.returns.as_deref());
                self.store(f.name.as_str());
                let prev = self.push(ScopeKind::Function, f.name.as_str(), key(s));
                self.params(&f.args);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::AsyncFunctionDef(f) => {
                self.store(f.name.as_str());
                let prev = self.push(ScopeKind::Function, f.name.as_str(), key(s));
                self.params(&f.args);
                self.stmts(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    self.expr(&k.value);
                }
                self.store(c.name.as_str());
                let prev = self.push(ScopeKind::Class, c.name.as_str(), key(s));
                self.stmts(&c.body);
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation still makes the name local.
                    self.store(n.id.as_str());
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::AsyncFor(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::AsyncWith(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.store(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.store(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.store(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store(&bound);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = &*self.m(n.as_str());
                    let f = self.scopes[self.cur].flag(name);
                    if f.assigned || f.used {
                        let which = if f.assigned { "assigned to" } else { "used" };
                        let msg = format!("name '{name}' is {which} before global declaration");
                        self.err(msg, u32::from(g.range.start()));
                    }
                    self.scopes[self.cur].flag(name).global = true;
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    self.err("nonlocal declaration not allowed at module level".into(), u32::from(g.range.start()));
                }
                for n in &g.names {
                    let name = &*self.m(n.as_str());
                    let f = self.scopes[self.cur].flag(name);
                    if f.assigned || f.used {
                        let which = if f.assigned { "assigned to" } else { "used" };
                        let msg = format!("name '{name}' is {which} before nonlocal declaration");
                        self.err(msg, u32::from(g.range.start()));
                    }
                    self.scopes[self.cur].flag(name).nonlocal = true;
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(_) => {}
        }
    }

    fn annotations(&mut self, a: &ast::Arguments, ret: Option<&Expr>) {
        // Parameter and return annotations are evaluated in the enclosing
        // scope when the function is defined (Python 3.11 semantics).
        let params = a.posonlyargs.iter().chain(a.args.iter()).chain(a.kwonlyargs.iter()).map(|p| &p.def);
        for p in params.chain(a.vararg.as_deref()).chain(a.kwarg.as_deref()) {
            if let Some(ann) = &p.annotation {
                self.expr(ann);
            }
        }
        if let Some(r) = ret {
            self.expr(r);
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(r) = &m.rest {
                    self.store(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.store(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.store(n.as_str());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.store(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[ast::Comprehension], elts: &[&Expr], is_gen: bool) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter);
        let prev = self.push(ScopeKind::Comprehension, "<comprehension>", node);
        self.scopes[self.cur].is_generator = is_gen;
        let f = self.scopes[self.cur].flag(".0");
        f.param = true;
        f.assigned = true;
        self.scopes[self.cur].params = vec![".0".into()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(name) = &*n.target {
                    // Binds in the nearest enclosing non-comprehension scope.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        let nm = self.m(name.id.as_str());
                        // Inside the comprehension the name is free (or global).
                        self.scopes[s].flag(&nm).used = true;
                        s = self.scopes[s].parent.unwrap();
                    }
                    let saved = self.cur;
                    self.cur = s;
                    self.store(name.id.as_str());
                    self.cur = saved;
                    if self.scopes[saved].kind == ScopeKind::Comprehension {
                        // Mark as a walrus target so analysis makes it free.
                        let nm = self.m(name.id.as_str());
                        self.scopes[saved].flag(&nm).nonlocal = self.scopes[s].kind != ScopeKind::Module;
                        if self.scopes[s].kind == ScopeKind::Module {
                            self.scopes[saved].flag(&nm).global = true;
                        }
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.args(&l.args);
                let prev = self.push(ScopeKind::Function, "<lambda>", key(e));
                self.params(&l.args);
                self.expr(&l.body);
                self.cur = prev;
            }
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k);
                }
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(key(e), &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(key(e), &c.generators, &[&c.elt], false),
            Expr::DictComp(c) => self.comprehension(key(e), &c.generators, &[&c.key, &c.value], false),
            Expr::GeneratorExp(c) => self.comprehension(key(e), &c.generators, &[&c.elt], true),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                self.scopes[self.cur].is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.scopes[self.cur].is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                if let Expr::Name(n) = &*c.func {
                    if n.id.as_str() == "super" {
                        self.use_name("__class__");
                    }
                }
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.use_name(n.id.as_str());
                    if n.id.as_str() == "__class__" {
                        // Handled by use_name; noted for the class cell.
                    }
                } else {
                    self.store(n.id.as_str());
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                if let Some(v) = &s.lower {
                    self.expr(v);
                }
                if let Some(v) = &s.upper {
                    self.expr(v);
                }
                if let Some(v) = &s.step {
                    self.expr(v);
                }
            }
        }
    }

    /// Resolves every scope, top-down, then propagates free variables up.
    fn analyze(&mut self) -> Result<(), SymError> {
        self.resolve(0);
        Ok(())
    }

    /// Whether an enclosing function scope of `id` binds `name`; returns the
    /// binding scope.
    fn enclosing_binder(&self, id: usize, name: &str) -> Option<usize> {
        let mut p = self.scopes[id].parent;
        while let Some(s) = p {
            let sc = &self.scopes[s];
            match sc.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {
                    // Class scopes are skipped, except the implicit __class__ cell.
                    if name == "__class__" {
                        return Some(s);
                    }
                }
                _ => {
                    if let Some((_, f)) = sc.flags.iter().find(|(n, _)| n == name) {
                        if f.global {
                            return None;
                        }
                        if f.assigned || f.param || f.nonlocal {
                            return Some(s);
                        }
                    }
                }
            }
            p = sc.parent;
        }
        None
    }

    fn resolve(&mut self, id: usize) {
        let kind = self.scopes[id].kind;
        let names: Vec<(String, bool, bool, bool, bool)> =
            self.scopes[id].flags.iter().map(|(n, f)| (n.clone(), f.assigned, f.global, f.nonlocal, f.used)).collect();
        for (name, assigned, global, nonlocal, _used) in names {
            let sym = if global {
                Symbol::GlobalExplicit
            } else if nonlocal {
                match self.enclosing_binder(id, &name) {
                    Some(_) => Symbol::Free,
                    None => {
                        if self.error.is_none() && kind != ScopeKind::Comprehension {
                            self.error =
                                Some(SymError { msg: format!("no binding for nonlocal '{name}' found"), offset: 0 });
                        }
                        Symbol::GlobalImplicit
                    }
                }
            } else if assigned {
                match kind {
                    ScopeKind::Module | ScopeKind::Class => Symbol::Name,
                    _ => Symbol::Local,
                }
            } else {
                match self.enclosing_binder(id, &name) {
                    Some(_) => Symbol::Free,
                    None => match kind {
                        ScopeKind::Module | ScopeKind::Class => Symbol::Name,
                        _ => Symbol::GlobalImplicit,
                    },
                }
            };
            self.scopes[id].symbols.insert(name, sym);
        }
        let children = self.scopes[id].children.clone();
        for c in children {
            self.resolve(c);
        }
        // Free variables of this scope require cells (or pass-through free
        // variables) in the scopes that bind them.
        let frees: Vec<String> = self.scopes[id]
            .flags
            .iter()
            .filter(|(n, _)| self.scopes[id].symbols.get(n) == Some(&Symbol::Free))
            .map(|(n, _)| n.clone())
            .collect();
        for name in frees {
            if !self.scopes[id].freevars.contains(&name) {
                self.scopes[id].freevars.push(name.clone());
            }
            let binder = self.enclosing_binder(id, &name);
            let mut p = self.scopes[id].parent;
            while let Some(s) = p {
                if Some(s) == binder {
                    let sc = &mut self.scopes[s];
                    if sc.kind == ScopeKind::Class {
                        sc.needs_class_cell = true;
                        if !sc.cellvars.contains(&name) {
                            sc.cellvars.push(name.clone());
                        }
                    } else {
                        match sc.symbols.get(&name) {
                            Some(Symbol::Free) => {}
                            _ => {
                                sc.symbols.insert(name.clone(), Symbol::Cell);
                                if !sc.cellvars.contains(&name) {
                                    sc.cellvars.push(name.clone());
                                }
                            }
                        }
                    }
                    break;
                }
                let sc = &mut self.scopes[s];
                if sc.kind != ScopeKind::Class || name == "__class__" {
                    // Intermediate function scopes pass the variable through.
                    if sc.kind != ScopeKind::Class {
                        if sc.symbols.get(&name) != Some(&Symbol::Free) {
                            sc.symbols.insert(name.clone(), Symbol::Free);
                        }
                        if !sc.freevars.contains(&name) {
                            sc.freevars.push(name.clone());
                        }
                    }
                } else if !sc.freevars.contains(&name) {
                    // A class between the user and the binder needs the free
                    // variable to pass it to its methods.
                    sc.freevars.push(name.clone());
                    sc.symbols.entry(name.clone()).or_insert(Symbol::Free);
                }
                p = sc.parent;
            }
        }
    }
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&key(node)]
    }
}
