#!/usr/bin/env python3
"""Moves Vietnamese string literals of Java sources into a message bundle, mechanically.

Usage: move_texts.py BUNDLE.properties CLASS FILE.java...
  CLASS is the fully qualified class whose static get(key, args...) reads the bundle, e.g. vn.baocao.store.text.StoreText

Each expression made of string literals joined with '+' to other operands becomes
CALL("key", operand, ...) with the literals as a MessageFormat pattern ({0}, {1} ... for the operands).
The surrounding code is not reformatted. Literals that cannot be moved safely (annotation values, switch
labels, comparisons, arithmetic before the first literal, braces in a pattern) are left and listed on stderr.
The tool edits files in place and appends new keys to the bundle.
"""
import os
import re
import sys
import unicodedata

VIET = re.compile('[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ'
                  'ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]')

TOKEN = re.compile(r'''
  (?P<ws>\s+)
 |(?P<lc>//[^\n]*)
 |(?P<bc>/\*.*?\*/)
 |(?P<tb>"""(?:\\.|[^\\])*?""")
 |(?P<str>"(?:\\.|[^"\\\n])*")
 |(?P<chr>'(?:\\.|[^'\\\n])+')
 |(?P<id>[A-Za-z_$][A-Za-z0-9_$]*)
 |(?P<num>\d[\dA-Za-z_.]*)
 |(?P<op>->|::|\+\+|--|&&|\|\||[=!<>]=|[-+*/%&|^!~?:;,.=<>(){}\[\]@])
''', re.S | re.X)


def tokenize(src):
    toks = []
    pos = 0
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ValueError('cannot tokenize at %d: %r' % (pos, src[pos:pos + 30]))
        kind = m.lastgroup
        if kind not in ('ws', 'lc', 'bc'):
            toks.append((kind, m.group(), m.start(), m.end()))
        pos = m.end()
    return toks


ESC = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '"': '"', "'": "'", '\\': '\\', 's': ' '}


def decode(lit):
    body = lit[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '\\':
            n = body[i + 1]
            if n == 'u':
                j = i + 1
                while body[j] == 'u':
                    j += 1
                out.append(chr(int(body[j:j + 4], 16)))
                i = j + 4
                continue
            if n in ESC:
                out.append(ESC[n])
                i += 2
                continue
            raise ValueError('escape ' + n)
        out.append(c)
        i += 1
    return ''.join(out)


LOG_LEVELS = {'trace', 'debug', 'info', 'warn', 'error', 'warning', 'severe', 'fine', 'log'}
DATA_CALLS = {'equals', 'equalsIgnoreCase', 'startsWith', 'endsWith', 'contains', 'indexOf', 'lastIndexOf',
              'replace', 'replaceAll', 'matches', 'split', 'compile', 'Set.of', 'Map.of', 'List.of', 'Map.entry',
              'setString', 'containsKey', 'put', 'getOrDefault', 'array', 'enum'}
OPEN = {'(': ')', '[': ']', '{': '}'}
CLOSE = {v: k for k, v in OPEN.items()}
OPERAND_OPS = {'.', '*', '/', '%', '::', '!', '~'}
OPERAND_KW = {'new', 'this', 'super'}


def match_forward(toks, i):
    depth = 0
    for j in range(i, len(toks)):
        t = toks[j][1]
        if t in OPEN:
            depth += 1
        elif t in CLOSE:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError('unbalanced')


def match_backward(toks, i):
    depth = 0
    for j in range(i, -1, -1):
        t = toks[j][1]
        if t in CLOSE:
            depth += 1
        elif t in OPEN:
            depth -= 1
            if depth == 0:
                return j
    raise ValueError('unbalanced')


def operand_forward(toks, i):
    """Index of the last token of the operand starting at i (binary '+' has lower precedence)."""
    j = i
    last = None
    expect_value = True
    while j < len(toks):
        kind, t = toks[j][0], toks[j][1]
        if t in OPEN and t != '{':
            j = match_forward(toks, j)
            last = j
            expect_value = False
        elif kind in ('id', 'num', 'str', 'chr', 'tb') and t not in ('instanceof',):
            if not expect_value and kind != 'id':
                break
            if not expect_value and kind == 'id':
                break
            last = j
            expect_value = t in OPERAND_KW
        elif t in OPERAND_OPS:
            last = j
            expect_value = True
        elif t == '-' and expect_value:
            last = j
        else:
            break
        j += 1
    if last is None:
        raise ValueError('no operand')
    return last


def operand_backward(toks, i):
    j = i
    first = None
    while j >= 0:
        kind, t = toks[j][0], toks[j][1]
        if t in CLOSE and t != '}':
            j = match_backward(toks, j)
            first = j
        elif kind in ('id', 'num', 'str', 'chr', 'tb'):
            if kind == 'id' and t in ('return', 'throw', 'case', 'else', 'yield', 'assert', 'instanceof'):
                break
            first = j
        elif t in OPERAND_OPS:
            first = j
        else:
            break
        j -= 1
    return first


def fold(text):
    text = text.replace('đ', 'd').replace('Đ', 'D')
    text = unicodedata.normalize('NFD', text)
    return ''.join(c for c in text if unicodedata.category(c) != 'Mn')


def key_words(text):
    words = re.findall(r'[A-Za-z0-9]+', fold(re.sub(r'\{\d+\}', ' ', text)))
    words = [w.lower() for w in words][:4] or ['text']
    s = words[0] + ''.join(w.capitalize() for w in words[1:])
    if s[0].isdigit():
        s = 'n' + s
    return s


def prop_escape(key, value):
    out = []
    for i, c in enumerate(value):
        if c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif c == '\r':
            out.append('\\r')
        elif c == ' ' and i == 0:
            out.append('\\u0020')
        elif ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 or ord(c) in (0xa0, 0x2007, 0x202f, 0x200b, 0xfeff):
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return key + ' = ' + ''.join(out)


def prop_unescape(v):
    return re.sub(r'\\(u[0-9a-fA-F]{4}|.)', lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == 'u' and len(m.group(1)) == 5
                  else {'n': '\n', 't': '\t', 'r': '\r'}.get(m.group(1), m.group(1)), v)


def load_bundle(path):
    keys = {}
    try:
        with open(path, encoding='utf-8') as f:
            for line in f:
                m = re.match(r'^([A-Za-z0-9_.-]+)\s*=\s*(.*?)\n?$', line)
                if m:
                    keys[m.group(1)] = prop_unescape(m.group(2))
    except FileNotFoundError:
        pass
    return keys


class Mover:
    def __init__(self, bundle_path, call):
        self.bundle_path = bundle_path
        self.call = call
        self.existing = load_bundle(bundle_path)
        self.new = []  # (key, value)
        self.by_text = {}
        self.moved = 0
        self.left = []
        self.keep_enum = False

    def key_for(self, prefix, text):
        if (prefix, text) in self.by_text:
            return self.by_text[(prefix, text)]
        for k, v in self.existing.items():
            if v == text and k.startswith(prefix + '.'):
                self.by_text[(prefix, text)] = k
                return k
        base = prefix + '.' + key_words(text)
        key = base
        n = 2
        while key in self.existing:
            key = base + str(n)
            n += 1
        self.existing[key] = text
        self.new.append((key, text))
        self.by_text[(prefix, text)] = key
        return key

    def in_log_call(self, toks, i):
        """The literal is an argument of LOG.info(...), log.warn(...) and the like."""
        depth = 0
        for j in range(i - 1, -1, -1):
            t = toks[j][1]
            if t in CLOSE:
                depth += 1
            elif t in OPEN:
                if depth == 0:
                    if not (t == '(' and j >= 3 and toks[j - 2][1] == '.'):
                        return False
                    name = toks[j - 1][1]
                    return (name in ('log', 'warning', 'severe', 'fine', 'finer', 'config') or
                            (name in LOG_LEVELS and toks[j - 3][1] in ('LOG', 'log', 'LOGGER', 'logger')))
                depth -= 1
            elif t in (';', '{', '}') and depth == 0:
                return False
        return False

    def enclosing_call(self, toks, i):
        """Name of the method whose argument list holds the literal directly (Set.of -> 'Set.of')."""
        depth = 0
        for j in range(i - 1, -1, -1):
            t = toks[j][1]
            if t in CLOSE:
                depth += 1
            elif t in OPEN:
                if depth == 0:
                    if t == '{' and toks[j - 1][1] in (']', '='):
                        return 'array'
                    if t != '(' or toks[j - 1][0] != 'id':
                        return None
                    name = toks[j - 1][1]
                    if re.match(r'^[A-Z][A-Z0-9_]*$', name) and toks[j - 2][1] in ('{', ',', ';') and self.keep_enum:
                        return 'enum'
                    if name in ('of', 'asList') and toks[j - 2][1] == '.' and toks[j - 3][1] in ('Stream', 'Arrays'):
                        return 'List.of' 
                    if toks[j - 2][1] == '.' and toks[j - 3][0] == 'id' and name in ('of', 'entry', 'ofEntries'):
                        return toks[j - 3][1] + '.' + name
                    return name
                depth -= 1
        return None

    def in_annotation(self, toks, i):
        depth = 0
        for j in range(i - 1, -1, -1):
            t = toks[j][1]
            if t in CLOSE:
                depth += 1
            elif t in OPEN:
                if depth == 0:
                    if t == '(' and j >= 2 and toks[j - 1][0] == 'id':
                        k = j - 1
                        while k >= 2 and toks[k - 1][1] == '.' and toks[k - 2][0] == 'id':
                            k -= 2
                        if toks[k - 1][1] == '@':
                            return True
                    if t == '{':
                        # an array value inside an annotation: look further out
                        continue
                    return False
                depth -= 1
        return False

    def process_file(self, path, prefix):
        src = open(path, encoding='utf-8').read()
        skip_offsets = set()
        while True:
            toks = tokenize(src)
            cands = []
            depth = 0
            for i, (kind, t, s, e) in enumerate(toks):
                if t in ('(', '['):
                    depth += 1
                elif t in (')', ']'):
                    depth -= 1
                if kind in ('str', 'tb', 'chr') and VIET.search(t) and s not in skip_offsets:
                    cands.append((-depth, i))
            if not cands:
                break
            cands.sort()
            _, i = cands[0]
            result = self.rewrite(src, toks, i, prefix, path)
            if result is None:
                skip_offsets.add(toks[i][2])
                continue
            new_src, start, end = result
            delta = len(new_src) - len(src)
            skip_offsets = {o if o < start else o + delta for o in skip_offsets}
            src = new_src
        open(path, 'w', encoding='utf-8').write(src)

    def reskip(self, src, path):
        toks = tokenize(src)
        texts = {l[1] for l in self.left if l[0] == path}
        return {s for kind, t, s, e in toks if kind in ('str', 'tb', 'chr') and t in texts}

    def leave(self, path, toks, i, why):
        line = None
        self.left.append((path, toks[i][1], why))
        return None

    def rewrite(self, src, toks, i, prefix, path):
        kind, lit, s, e = toks[i]
        if kind == 'tb':
            return self.leave(path, toks, i, 'text block')
        if kind == 'chr':
            return self.leave(path, toks, i, 'char literal')
        if self.in_log_call(toks, i):
            return self.leave(path, toks, i, 'log message (for the log file, not the clerk)')
        call = self.enclosing_call(toks, i)
        if call in DATA_CALLS:
            return self.leave(path, toks, i, 'argument of ' + call + ' (vocabulary, not a message)')
        if self.in_annotation(toks, i):
            return self.leave(path, toks, i, 'annotation value')
        prev = toks[i - 1][1] if i > 0 else ''
        # switch labels and constant comparisons are vocabulary, not messages
        j = i - 1
        while j >= 0 and (toks[j][0] == 'str' or toks[j][1] == ','):
            j -= 1
        if toks[j][1] == 'case':
            return self.leave(path, toks, i, 'case label')
        # the literal used as a receiver ("...".formatted(x), "...".equals(y))
        if i + 1 < len(toks) and toks[i + 1][1] == '.':
            name = toks[i + 2][1]
            if name in ('formatted',):
                key = self.key_for(prefix, decode(lit))
                self.moved += 1
                return src[:s] + '%s("%s")' % (self.call, key) + src[e:], s, e
            return self.leave(path, toks, i, 'receiver of .' + name)
        # find the chain: operands joined by '+' around the literal
        first = operand_backward(toks, i)
        last = operand_forward(toks, i)
        if first != i or last != i:
            return self.leave(path, toks, i, 'literal inside an operand')
        operands = [(i, i)]
        j = i - 1
        while j >= 0 and toks[j][1] == '+':
            b = operand_backward(toks, j - 1)
            if b is None:
                return self.leave(path, toks, i, 'unary plus?')
            operands.insert(0, (b, j - 1))
            j = b - 1
        before = toks[j][1] if j >= 0 else ''
        j = i + 1
        while j < len(toks) and toks[j][1] == '+':
            l = operand_forward(toks, j + 1)
            operands.append((j + 1, l))
            j = l + 1
        after = toks[j][1] if j < len(toks) else ''
        if before in ('==', '!=', '<', '>', '<=', '>=', '-', '*', '/', '%', '.', '!') or \
                after in ('==', '!=', '<', '>', '<=', '>=', '-', '.', 'instanceof'):
            return self.leave(path, toks, i, 'comparison or arithmetic around the text')
        # arithmetic before the first string: a + b + "x" adds numbers first
        nonlit = 0
        for (a, b) in operands:
            if a == b and toks[a][0] in ('str', 'chr'):
                break
            text_of = src[toks[a][2]:toks[b][3]]
            if text_of.startswith(self.call + '("') or (text_of.startswith('(') and text_of.endswith(')')
                                                        and (self.call + '("') in text_of and '?' in text_of):
                break
            nonlit += 1
        if nonlit >= 2:
            return self.leave(path, toks, i, 'two operands before the first string')
        pattern = []
        args = []
        for (a, b) in operands:
            if a == b and toks[a][0] == 'str':
                pattern.append(('t', decode(toks[a][1])))
            elif a == b and toks[a][0] == 'chr':
                pattern.append(('t', decode(toks[a][1])))
            else:
                args.append(src[toks[a][2]:toks[b][3]])
                pattern.append(('a', len(args) - 1))
        text = ''.join(p[1] if p[0] == 't' else '{%d}' % p[1] for p in pattern)
        literal_text = ''.join(p[1] for p in pattern if p[0] == 't')
        if args and ('{' in literal_text or '}' in literal_text):
            return self.leave(path, toks, i, 'braces in a pattern with arguments')
        if not args and re.search(r'\{\d', literal_text):
            return self.leave(path, toks, i, 'placeholder-like braces')
        key = self.key_for(prefix, text)
        start = toks[operands[0][0]][2]
        end = toks[operands[-1][1]][3]
        call = '%s("%s"%s)' % (self.call, key, ''.join(', ' + a for a in args))
        self.moved += sum(1 for (a, b) in operands if a == b and toks[a][0] == 'str' and VIET.search(toks[a][1]))
        return src[:start] + call + src[end:], start, end

    def write_bundle(self, header):
        if not self.new:
            return
        exists = bool(load_bundle(self.bundle_path)) or _exists(self.bundle_path)
        import os
        os.makedirs(os.path.dirname(self.bundle_path), exist_ok=True)
        with open(self.bundle_path, 'a', encoding='utf-8') as f:
            if not exists:
                f.write(header + '\n')
            last_prefix = None
            for key, value in self.new:
                p = key.split('.')[0]
                if p != last_prefix:
                    f.write('\n')
                    last_prefix = p
                f.write(prop_escape(key, value) + '\n')


def _exists(p):
    import os
    return os.path.exists(p)


def add_import(path, fqcn):
    src = open(path, encoding='utf-8').read()
    pkg = re.search(r'^package ([\w.]+);', src, re.M).group(1)
    if fqcn.rsplit('.', 1)[0] == pkg or ('import ' + fqcn + ';') in src:
        return
    if (fqcn.rsplit('.', 1)[1] + '.get(') not in src:
        return
    line = 'import ' + fqcn + ';\n'
    imports = list(re.finditer(r'^import (?!static)([\w.]+);\n', src, re.M))
    if not imports:
        m = re.search(r'^package [\w.]+;\n', src, re.M)
        src = src[:m.end()] + '\n' + line + src[m.end():]
    else:
        at = None
        for m in imports:
            if m.group(1) > fqcn:
                at = m.start()
                break
        if at is None:
            at = imports[-1].end()
        src = src[:at] + line + src[at:]
    open(path, 'w', encoding='utf-8').write(src)


def main():
    bundle, fqcn = sys.argv[1], sys.argv[2]
    call = fqcn.rsplit('.', 1)[1] + '.get'
    header = '# Vietnamese texts of this layer (UTF-8). MessageFormat patterns: {0}, {1} ... are filled by the code; an apostrophe is literal.'
    files = [a for a in sys.argv[3:] if a.endswith('.java')]
    m = Mover(bundle, call)
    for f in files:
        name = f.rsplit('/', 1)[-1][:-5]
        prefix = name[0].lower() + name[1:]
        before = m.moved
        m.keep_enum = name in os.environ.get('KEEP_ENUM', '').split(',')
        m.process_file(f, prefix)
        add_import(f, fqcn)
        print('%s: %d moved' % (f, m.moved - before))
    m.write_bundle(header)
    for path, lit, why in m.left:
        print('LEFT %s: %s  [%s]' % (path.rsplit('/', 1)[-1], lit, why), file=sys.stderr)
    print('total moved %d, left %d' % (m.moved, len(m.left)))


if __name__ == '__main__':
    main()
