import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/* relforge: Node version guard (scripts/node-guard.mjs) */ if (Number(process.versions.node.split('.')[0]) < 20) { const MIN_NODE_MAJOR = 20; process.stdout.write('::error::' + (function guardMessage(version) {
  return (
    `relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
    `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
    `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
    `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`
  );
})(process.version) + '\n'); process.exit(1); }
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 6316:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ fieldError),
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   fY: () => (/* binding */ RelforgeError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports actionNamer, wordProblem, asUserError, renderMessage */
/**
 * Errors that reach users. Every message says what is wrong and what to change.
 * - `RelforgeError` is for expected failures (bad input, refused by a service, verification failed);
 *   anything else is a bug and is reported with its stack in debug output only.
 * - `SettingsError` lists problems with options by field; the front end words the field (`Input "x"` in an
 *   action, `--x` on the command line) with `renderMessage`.
 * - `FormatError` is the base of the pure parsers' errors (core/): a text or a file is not what it claims.
 */
class RelforgeError extends Error {
    /** Process exit code the CLI uses for this error (actions always fail with 1). */
    exitCode;
    constructor(message, options) {
        super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = 'RelforgeError';
        this.exitCode = options?.exitCode ?? 1;
    }
}
const actionNamer = (f) => `Input "${f}"`;
/** Words one problem with a front end's names: the field first, then `{{other}}` placeholders. */
function wordProblem(p, name) {
    if (typeof p === 'string')
        return p;
    const text = p.message.replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, f) => name(f).replace(/^Input /, ''));
    return p.field ? `${name(p.field)} ${text}` : text;
}
/** Several problems found at once (typically while validating settings). */
class SettingsError extends RelforgeError {
    problems;
    constructor(problems, options) {
        super(SettingsError.format(problems, actionNamer), options);
        this.name = 'SettingsError';
        this.problems = problems;
    }
    /** The message worded for a front end. */
    render(name) {
        return SettingsError.format(this.problems, name);
    }
    static format(problems, name) {
        const lines = problems.map((p) => wordProblem(p, name));
        return lines.length === 1 ? lines[0] : `${lines.length} problems with the inputs:\n- ${lines.join('\n- ')}`;
    }
}
/** A single option problem, thrown: `throw fieldError('channel', 'must be …')`. */
function fieldError(field, message) {
    return new SettingsError([{ field, message }]);
}
/** Collects validation problems and throws them together. */
class Problems {
    list = [];
    add(a, b) {
        this.list.push(b === undefined ? a : { field: a, message: b });
    }
    /** Adds a caught error: a SettingsError's problems as they are (fields kept), else its message. */
    include(err, suffix = '') {
        if (err instanceof SettingsError)
            for (const q of err.problems)
                this.list.push(typeof q === 'string' ? q + suffix : { ...q, message: q.message + suffix });
        else
            this.list.push(errorMessage(err) + suffix);
    }
    get count() {
        return this.list.length;
    }
    throwIfAny(options) {
        if (this.list.length)
            throw new SettingsError([...this.list], options);
    }
}
/** A pure parser's refusal: the input is not in the format it claims (manifest, key, DER, PE, MSI…). */
class FormatError extends Error {
    constructor(message, options) {
        super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
        this.name = new.target.name;
    }
}
/** A core parser's refusal (FormatError) as the user-facing RelforgeError, same message; anything else as it is. */
function asUserError(err) {
    return err instanceof FormatError ? new RelforgeError(err.message, { cause: err }) : err;
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/**
 * The message of an error worded for a front end: SettingsErrors by field; in other messages an
 * `Input "x"` naming a known option is reworded too (for errors raised deep in an operation).
 */
function renderMessage(err, name, known) {
    if (err instanceof SettingsError)
        return err.render(name);
    const msg = errorMessage(err);
    if (!known)
        return msg;
    return msg.replace(/Input "([a-z0-9-]+)"/g, (m, f) => (known(f) ? name(f) : m));
}


/***/ }),

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parsePrereleaseTag),
/* harmony export */   Pg: () => (/* binding */ applyBump),
/* harmony export */   W: () => (/* binding */ compareStrictVersions),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   _3: () => (/* binding */ formatTag),
/* harmony export */   aK: () => (/* binding */ isStrictVersion),
/* harmony export */   fX: () => (/* binding */ maxBump),
/* harmony export */   i: () => (/* binding */ isValidChannel),
/* harmony export */   kI: () => (/* binding */ coreVersion),
/* harmony export */   nN: () => (/* binding */ isSemver),
/* harmony export */   nS: () => (/* binding */ prefixCandidates),
/* harmony export */   qp: () => (/* binding */ tagPrefixProblem),
/* harmony export */   uM: () => (/* binding */ BUMP_RANK),
/* harmony export */   xn: () => (/* binding */ parseStrictTag),
/* harmony export */   yk: () => (/* binding */ escapeGlob)
/* harmony export */ });
/* unused harmony exports maxVersion, versionTagPrefix */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Versions and release tags as data (no I/O).
 *
 * A release tag is exactly `<prefix>MAJOR.MINOR.PATCH`: SemVer numbers without leading zeros, no prerelease,
 * no build metadata. Everything else (`v1.2`, `v01.2.3`, `v1.2.3-beta.1`, `v1.2.3+build`, `release-1.2.3`
 * for prefix `v`) is not a release tag. Ordering is SemVer precedence (npm `semver`), never git's sort.
 */

const NUM = '(?:0|[1-9][0-9]*)';
const STRICT_CORE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}$`);
// SemVer 2.0.0 prerelease identifiers: numeric without leading zeros, or alphanumeric with hyphens.
const PRE_ID = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const PRERELEASE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}-${PRE_ID}(?:\\.${PRE_ID})*(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
/** Largest number we accept in a version component (beyond it, JS numbers lose precision). */
const MAX_COMPONENT = Number.MAX_SAFE_INTEGER;
/** True for `MAJOR.MINOR.PATCH` with no leading zeros, no prerelease, no build metadata. */
function isStrictVersion(version) {
    if (!STRICT_CORE.test(version))
        return false;
    return version.split('.').every((n) => Number(n) <= MAX_COMPONENT);
}
/** 'v1.2.3' with prefix 'v' → '1.2.3'; anything that is not exactly `<prefix>MAJOR.MINOR.PATCH` → undefined. */
function parseStrictTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return isStrictVersion(rest) ? rest : undefined;
}
/** 'v1.2.3-beta.4' with prefix 'v' → '1.2.3-beta.4' (a SemVer prerelease); undefined otherwise. */
function parsePrereleaseTag(tag, prefix) {
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return PRERELEASE.test(rest) ? rest : undefined;
}
/** A prerelease channel / identifier: `[0-9A-Za-z-]+` (SemVer 2.0.0 §9). */
function isValidChannel(id) {
    return /^[0-9A-Za-z-]+$/.test(id);
}
/** Any valid SemVer 2.0.0 version (prerelease and build allowed), without a `v`. */
function isSemver(version) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version) === version;
}
/** SemVer precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b);
}
/**
 * SemVer precedence of two STRICT versions (`MAJOR.MINOR.PATCH` as accepted by isStrictVersion): numeric,
 * field by field — exactly semver.compare for versions without prerelease or build parts, without building
 * semver objects (scanning thousands of release tags stays cheap). Never use it for prerelease versions.
 */
function compareStrictVersions(a, b) {
    const x = a.split('.');
    const y = b.split('.');
    for (let i = 0; i < 3; i++) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** The highest version of a list by SemVer precedence (undefined for an empty list). */
function maxVersion(versions) {
    let best;
    for (const v of versions)
        if (best === undefined || semver.compare(v, best) > 0)
            best = v;
    return best;
}
/** Applies a bump: `none` returns the version unchanged; a prerelease base graduates (1.0.0-beta.2 + minor → 1.0.0). */
function applyBump(version, bump) {
    if (bump === 'none')
        return version;
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, bump);
    if (!next)
        throw new Error(`cannot bump "${version}" (${bump}): not a SemVer version`);
    return next;
}
/** The order of bump levels: none < patch < minor < major. */
const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };
function maxBump(a, b) {
    return BUMP_RANK[a] >= BUMP_RANK[b] ? a : b;
}
/** `<prefix><version>`. */
function formatTag(prefix, version) {
    return `${prefix}${version}`;
}
/** Escapes fnmatch(3) glob characters so a literal prefix can be used in `git describe --match`. */
function escapeGlob(text) {
    return text.replace(/[*?[\]\\]/g, '\\$&');
}
/**
 * A tag prefix is used literally in tag names and git patterns: any characters git allows in a tag name
 * (`v`, `api-v`, `create-vite@`, `@scope/api-v`, `release/`), checked with git's ref-name rules
 * (git-check-ref-format) on `<prefix>0.0.0`, and no leading `-`. Returns a problem description that
 * continues after the option's name, or undefined when the prefix is fine. An empty prefix is allowed.
 */
function tagPrefixProblem(prefix) {
    if (prefix === '')
        return undefined;
    const name = `${prefix}0.0.0`;
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.test(name) ||
        name.includes('..') ||
        name.includes('@{') ||
        name.includes('//') ||
        name.startsWith('-') ||
        name.startsWith('/') ||
        name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
    if (!bad)
        return undefined;
    return `"${prefix}" cannot start a git tag name: no spaces or control characters, none of ~ ^ : ? * [ \\, no "..", "@{" or "//", no leading "-" or "/", and no path part starting with "." or ending in ".lock".`;
}
/** The version part at the end of a tag: strict (`1.2.3`) or prerelease (`1.2.3-rc.1`). */
const TRAILING_VERSION = /(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** The prefix of a version-like tag (everything before a trailing X.Y.Z[-pre]), or undefined. */
function versionTagPrefix(tag) {
    const m = TRAILING_VERSION.exec(tag);
    if (!m)
        return undefined;
    // `v1.2.3` → `v`; a prefix ending in a digit would make the version ambiguous (`x11.2.3`), skip it.
    const prefix = tag.slice(0, m.index);
    return /[0-9]$/.test(prefix) ? undefined : prefix;
}
/**
 * Prefixes other than `prefix` that strict release tags use, most used first (for the "no tag matches
 * the prefix" hint). `matches` is true when `prefix` itself has any strict or prerelease tag.
 */
function prefixCandidates(tags, prefix) {
    const found = new Map();
    let matches = false;
    for (const tag of tags) {
        if (parseStrictTag(tag, prefix) !== undefined || parsePrereleaseTag(tag, prefix) !== undefined) {
            matches = true;
            continue;
        }
        const p = versionTagPrefix(tag);
        if (p === undefined || p === prefix)
            continue;
        const v = parseStrictTag(tag, p);
        if (v === undefined)
            continue;
        const e = found.get(p);
        if (!e)
            found.set(p, { count: 1, highest: tag, version: v });
        else {
            e.count++;
            if (compareStrictVersions(v, e.version) > 0)
                Object.assign(e, { highest: tag, version: v });
        }
    }
    const candidates = [...found].map(([p, e]) => ({ prefix: p, count: e.count, highest: e.highest })).sort((a, b) => b.count - a.count || (a.prefix < b.prefix ? -1 : 1));
    return { matches, candidates };
}
/** The MAJOR.MINOR.PATCH of a version (`2.0.1-rc.15` → `2.0.1`). */
function coreVersion(version) {
    const i = version.search(/[-+]/);
    return i < 0 ? version : version.slice(0, i);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/actions/workflow-commands.ts
/**
 * The runner protocol relforge's entries speak: inputs from `INPUT_*`, outputs and summaries through the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, masks and annotations as `::command::` lines on stdout.
 * Same wire format as @actions/core 3 (escaping, heredoc delimiters), written here because importing
 * @actions/core costs every action ~70 ms and ~23 MiB at start-up (its HTTP client compiles undici's
 * WebAssembly parser on import) — measured in bench/next-version.mjs. Works the same on GitHub, Gitea,
 * Forgejo and act, which all implement these file commands.
 */


/** `%`, CR and LF escaped as the runner expects in command data. */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Command property escaping (data escaping plus `:` and `,`). */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** The raw value of input `name` (`INPUT_<NAME>`, spaces as underscores, upper case), '' when unset. */
function rawInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
function addMask(value) {
    issueCommand('add-mask', value);
}
/**
 * Writes `name` = `value` to GITHUB_OUTPUT with a random heredoc delimiter (refused if the value contains
 * it, as @actions/core does); falls back to the legacy `::set-output::` command when the file is absent.
 */
function writeOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
    const delimiter = heredocDelimiter();
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected heredoc delimiter in output');
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
let delimiterCount = 0;
/**
 * A fresh heredoc delimiter. What keeps an output from injecting other outputs is the check in writeOutput
 * (a value containing the delimiter is refused), not the delimiter's unpredictability, so this avoids
 * node:crypto, whose load alone costs ~8 ms of every action's start-up (measured on next-version).
 */
function heredocDelimiter() {
    const rand = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    return `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${(delimiterCount++).toString(36)}_${rand}`;
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}

// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __nccwpck_require__(6316);
;// CONCATENATED MODULE: ./src/platform/options.ts
/**
 * Option schemas: every option of an operation is declared once (name, type, allowed values, default,
 * environment variable, secret or not, description). Pure data and pure functions, no I/O:
 *   - src/actions/runner.ts reads `INPUT_*` through a schema (readInputs),
 *   - src/cli/args.ts builds node:util parseArgs' config and the usage text from it,
 *   - test/options.test.ts checks every actions/<name>/action.yml against its schema,
 *   - scripts/gen-docs.mjs writes the docs tables from it.
 *
 * Problems are reported by field (`SettingsError` with `FieldProblem`s); each front end words the field
 * (`Input "tag-prefix"` in an action, `--tag-prefix` on the command line). A problem's text may name other
 * options as `{{name}}`; the front end words those too.
 */

/** Declares a schema with its literal types kept (so `Values<S>` knows each option's type). */
function defineSchema(schema) {
    return schema;
}
const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];
/** A boolean word (true/false, yes/no, 1/0, on/off; trimmed, any case), or undefined for anything else. */
function booleanWord(text) {
    const t = text.trim().toLowerCase();
    return TRUE.includes(t) ? true : FALSE.includes(t) ? false : undefined;
}
/** Splits a list input: one item per line (and per comma unless separator is 'lines'); blanks and `#` lines dropped. */
function splitList(text, separator = 'comma') {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .flatMap((l) => (separator === 'comma' ? l.split(',') : [l]))
        .map((s) => s.trim())
        .filter(Boolean);
}
/**
 * Types and checks raw values against a schema. Every problem is collected (by field) and thrown together
 * as one SettingsError; the caller's front end words the field names.
 */
function parseValues(schema, raw, frontEnd) {
    const problems = [];
    const out = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only && spec.only !== frontEnd) {
            out[name] = emptyValue(spec);
            continue;
        }
        const given = raw[name];
        const value = typed(name, spec, given, problems);
        out[name] = value;
    }
    if (problems.length)
        throw new errors/* SettingsError */.GN(problems);
    return out;
}
function emptyValue(spec) {
    if (spec.type === 'boolean')
        return spec.default === true;
    if (spec.type === 'list')
        return typeof spec.default === 'string' ? splitList(spec.default, spec.separator) : [];
    return spec.default;
}
function typed(name, spec, given, problems) {
    if (spec.type === 'boolean') {
        if (typeof given === 'boolean')
            return given;
        const text = typeof given === 'string' ? given.trim().toLowerCase() : '';
        if (text === '')
            return spec.default === true;
        const word = booleanWord(text);
        if (word !== undefined)
            return word;
        problems.push({ field: name, message: `must be true or false, got "${String(given).trim()}".` });
        return spec.default === true;
    }
    if (spec.type === 'list') {
        const items = Array.isArray(given)
            ? given.flatMap((g) => splitList(g, spec.separator))
            : typeof given === 'string'
                ? splitList(given, spec.separator)
                : [];
        const list = items.length ? items : emptyValue(spec);
        if (spec.required && list.length === 0)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        if (spec.choices)
            for (const item of list)
                checkChoice(name, spec.choices, item, problems);
        return list;
    }
    const text = (Array.isArray(given) ? given.at(-1) : typeof given === 'string' ? given : undefined)?.trim() ?? '';
    const value = text === '' ? (spec.default === undefined ? undefined : String(spec.default)) : text;
    if (value === undefined) {
        if (spec.required)
            problems.push({ field: name, message: 'is required but was empty or not set.' });
        return undefined;
    }
    if (spec.choices && !checkChoice(name, spec.choices, value, problems))
        return spec.default;
    if (spec.type === 'integer') {
        const n = Number(value);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = spec;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
            const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
            problems.push({ field: name, message: `must be a whole number${range}, got "${value}".` });
            return spec.default;
        }
        return n;
    }
    return value;
}
function checkChoice(name, choices, value, problems) {
    if (choices.includes(value))
        return true;
    problems.push({ field: name, message: `must be ${choices.length === 2 ? `${choices[0]} or ${choices[1]}` : `one of ${choices.join(', ')}`}, got "${value}".` });
    return false;
}
/** A plain string option without a default (`FILE`, `URL`… as its CLI placeholder). */
function stringOption(description, metavar) {
    return { type: 'string', description, cli: metavar ? { metavar } : {} };
}
/** A boolean option that is off unless given (`--x` on the CLI, `x: true` in a workflow). */
function flag(description) {
    return { type: 'boolean', default: false, description };
}
/** The CLI's `--json`: print the result as JSON (`what` says which result). Not an action input. */
function jsonFlag(description) {
    return { type: 'boolean', default: false, only: 'cli', description };
}
/** A string option that takes one of `choices` (checked in both front ends; the CLI usage lists them). */
function choiceOption(defaultValue, choices, description) {
    return { type: 'string', default: defaultValue, choices, description };
}
/** A string option that must be given (`NAME`, `X.Y.Z`… as its CLI placeholder). */
function requiredString(description, metavar) {
    return { type: 'string', required: true, description, cli: { metavar } };
}
/** A string option with a default (`DIR`, `ID`… as its CLI placeholder). */
function stringDefault(defaultValue, description, metavar) {
    return { type: 'string', default: defaultValue, description, cli: { metavar } };
}
/** The action.yml `default:` text of an option (undefined = no default line). */
function actionDefault(spec) {
    if (spec.actionDefault !== undefined)
        return spec.actionDefault;
    if (spec.default === undefined)
        return undefined;
    return String(spec.default);
}
/** The CLI flag of an option (without dashes). */
function cliFlag(name, spec) {
    return spec?.cli?.flag ?? name;
}
/** Options a front end offers, in declaration order. */
function optionsFor(schema, frontEnd) {
    return Object.entries(schema.options).filter(([, s]) => !s.only || s.only === frontEnd);
}

;// CONCATENATED MODULE: ./src/platform/secrets.ts
/**
 * Process-wide registry of secret values. Entries register every secret input here (and with
 * `core.setSecret`); adapters call `redact` on any text that may echo a request, a command line or
 * a service's error before it goes into an Error message or a log line.
 */
const secrets = new Set();
/** Registers a secret and, for multi-line values, each of its lines (the runner masks line by line). */
function registerSecret(value) {
    if (!value)
        return;
    const add = (v) => {
        const t = v.trim();
        if (t.length >= 4)
            secrets.add(t);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line);
}
function registeredSecrets() {
    return [...secrets];
}
/** Replaces every registered secret (longest first) with `***`. */
function redact(text) {
    if (!text || secrets.size === 0)
        return text;
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join('***');
    }
    return out;
}
/** For tests only. */
function clearSecrets() {
    secrets.clear();
}
/**
 * External text (a response body, a service's error, a tool's output) made safe for a message: secrets are
 * redacted FIRST, then the text is cut to `max` characters, so a secret that straddles the cut can never
 * leak in part. Use it everywhere an external text reaches a message or a log line.
 */
function excerpt(text, max = 500) {
    const safe = redact(text ?? '');
    return safe.length <= max ? safe : `${safe.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./src/platform/runtime.ts
/** The API root for a server URL and forge, as runners set GITHUB_API_URL (github.com, GHES /api/v3, Gitea/Forgejo /api/v1). */
function apiUrlFor(serverUrl, forge) {
    const s = serverUrl.replace(/\/+$/, '');
    if (forge !== 'github')
        return `${s}/api/v1`;
    return s === 'https://github.com' ? 'https://api.github.com' : `${s}/api/v3`;
}
function detectRuntime(env) {
    const truthy = (v) => v !== undefined && v !== '' && v !== 'false' && v !== '0';
    let forge = 'github';
    let runner = 'GitHub Actions';
    if (truthy(env.FORGEJO_ACTIONS)) {
        forge = 'forgejo';
        runner = 'Forgejo Actions';
    }
    else if (truthy(env.GITEA_ACTIONS)) {
        forge = 'gitea';
        runner = 'Gitea Actions';
    }
    else if (truthy(env.ACT)) {
        runner = 'act';
    }
    const act = truthy(env.ACT);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || apiUrlFor(serverUrl, forge)).replace(/\/+$/, '');
    const oidcAvailable = forge === 'github' && !act && !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return { forge, act, runner, serverUrl, apiUrl, oidcAvailable, summaryFile: env.GITHUB_STEP_SUMMARY || undefined };
}
/** The minimum Node major relforge bundles run on (act, Gitea and Forgejo run whatever `node` the host has). */
const MIN_NODE_MAJOR = 20;
/** Returns an error message when the running Node is too old, else undefined. */
function nodeVersionProblem(version) {
    const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
    if (major >= MIN_NODE_MAJOR)
        return undefined;
    return (`relforge needs Node.js ${MIN_NODE_MAJOR} or newer, but this runner's node is ${version}. ` +
        `GitHub honours "runs.using: node24"; act, Gitea and Forgejo run the node found on PATH in the job's image: ` +
        `use an image with Node >= ${MIN_NODE_MAJOR} (e.g. act -P ubuntu-latest=catthehacker/ubuntu:act-latest, ` +
        `or a Gitea/Forgejo runner label whose image ships Node 20+), or add actions/setup-node before this step.`);
}

;// CONCATENATED MODULE: ./src/actions/runner.ts
/**
 * The only place (with src/cli/main.ts) that talks to the runner: reading inputs, masking secrets,
 * setting outputs, writing the step summary and turning errors into a failed step. The wire format
 * (workflow commands, file commands) is in ./workflow-commands.ts.
 * Entries (src/actions/<name>.ts) stay thin: parse inputs into settings, call one library operation,
 * report. No business rules here.
 */







/** Runs an action body: Node check first, then `body`; any error fails the step with a secret-free message. */
async function runAction(body) {
    const nodeProblem = nodeVersionProblem(process.version);
    if (nodeProblem) {
        issueCommand('error', nodeProblem);
        process.exitCode = 1;
        return;
    }
    try {
        await body({ runtime: detectRuntime(process.env) });
    }
    catch (err) {
        const msg = redact((0,errors/* errorMessage */.gJ)(err));
        if (!(err instanceof errors/* RelforgeError */.fY) && err instanceof Error && err.stack)
            debug(redact(err.stack));
        issueCommand('error', msg);
        process.exitCode = 1;
    }
}
/**
 * Every input of an operation's schema, typed and checked at once (problems by field, worded
 * `Input "x"`). Secret inputs are masked before anything can print them.
 */
function readInputs(schema) {
    const raw = {};
    for (const [name, spec] of Object.entries(schema.options)) {
        if (spec.only === 'cli')
            continue;
        const v = rawInput(name);
        if (spec.secret)
            maskSecret(v);
        raw[name] = v;
    }
    return parseValues(schema, raw, 'action');
}
/** Masks a secret value that did not come from an input (e.g. a token obtained at run time). */
function maskSecret(v) {
    if (!v)
        return;
    addMask(v);
    for (const line of v.split(/\r?\n/))
        if (line.trim() && line.trim() !== v)
            addMask(line.trim());
    registerSecret(v);
}
/** Sets outputs; objects and arrays are written as JSON, booleans as "true"/"false". */
function setOutputs(outputs) {
    for (const [k, v] of Object.entries(outputs)) {
        if (v === undefined || v === null) {
            writeOutput(k, '');
        }
        else if (typeof v === 'object') {
            writeOutput(k, JSON.stringify(v));
        }
        else {
            writeOutput(k, String(v));
        }
    }
}
/**
 * Appends markdown to the step summary. Skipped gracefully (a debug line) where the runner does not
 * offer GITHUB_STEP_SUMMARY; a failure to write the summary never fails the step.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        debug('GITHUB_STEP_SUMMARY is not set on this runner; step summary skipped.');
        return;
    }
    try {
        // Appended directly (as core.summary would, but without it), which caches the file path for the process and keeps
        // its buffer after a failed write (a later summary would repeat stale text).
        await (0,promises_namespaceObject.appendFile)(file, `${redact(markdown).replace(/\n*$/, '')}\n`, 'utf8');
    }
    catch (err) {
        issueCommand('warning', `Could not write the step summary: ${redact((0,errors/* errorMessage */.gJ)(err))}`);
    }
}
const log = {
    info: (m) => process.stdout.write(redact(m) + external_node_os_namespaceObject.EOL),
    warning: (m) => issueCommand('warning', redact(m)),
    debug: (m) => debug(redact(m)),
    notice: (m) => issueCommand('notice', redact(m)),
};
function debug(m) {
    issueCommand('debug', m);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/platform/retry.ts
/**
 * The one retry loop: attempts, exponential backoff (doubling from `baseDelayMs`, capped at `maxDelayMs`),
 * a total deadline, and a decision per failure. The HTTP client's policy (429/5xx/network, `retry-after`,
 * `x-ratelimit-*`) is one `decide` function built on this; other callers (re-listing after a lost race,
 * re-running jsign after a service 429) pass their own.
 */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The policy's backoff before retry number `attempt` (1-based attempt that just failed). */
function backoff(attempt, policy = {}) {
    return Math.min(policy.maxDelayMs ?? 60_000, (policy.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
}
/**
 * Runs `attempt(n)` until its decision is `done`, or attempts/deadline run out (then the last decision's
 * `exhausted()` gives the value or throws). Errors thrown by `attempt` are not caught: classify them
 * inside `attempt` and return a decision.
 */
async function retry(attempt, policy = {}) {
    const attempts = policy.attempts ?? 5;
    const now = policy.now ?? Date.now;
    const wait = policy.sleep ?? sleep;
    const deadline = now() + (policy.deadlineMs ?? 600_000);
    for (let n = 1;; n++) {
        const d = await attempt(n);
        if ('done' in d)
            return d.done;
        const delayMs = d.delayMs ?? backoff(n, policy);
        if (n >= attempts || now() + delayMs > deadline)
            return d.exhausted();
        policy.onRetry?.({ attempt: n, delayMs, reason: d.retry });
        await wait(delayMs);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/versioning/core/commits.ts
/**
 * Conventional Commits classification (no I/O): the ONE reading of a commit message that the bump, the
 * deciding list and the release notes all use (design.md invariant 8).
 *
 * Header: the first non-blank line, leading whitespace ignored (` fix: …` is a fix). `type[(scope)][!]:
 * description`; the type is case-insensitive (`Feat:` = `feat:`, as the specification says), the space after
 * the colon may be missing (`fix:spell checker`), the description keeps its case (`useId()` stays `useId()`).
 * Lines that continue the first paragraph (a subject wrapped onto a second line) belong to the description,
 * unless they start a footer or a list item.
 * Breaking: `!` before the colon, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer (upper case, as the
 * specification requires), also as an item of a `*` / `-` list. A footer's text runs until the next footer
 * token (or, for a list item, the next item or blank line): multi-line footers stay whole.
 * Reverts: `Revert "<header>"` (git / GitHub) and `revert: <header>`, with `This reverts commit <sha>` in the
 * body when present. Whether a revert cancels or releases is decided by core/bump.ts over the whole range.
 * A message with no such header is non-conventional: counted, never releasing, never in the notes.
 */
/** The key `countsByType` uses for commits that are not Conventional Commits. */
const NON_CONVENTIONAL = 'non-conventional';
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?:[ \t]*(\S.*)$/;
const GIT_REVERT = /^Revert "(.+)"\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
/** A footer line: `Token: value`, `Token #value`, or a BREAKING CHANGE token. */
const FOOTER = /^(?:[A-Za-z][\w-]*(?:: | #)|BREAKING[ -]CHANGE:)/;
const BREAKING_NOTE = /^([ \t]*[*-][ \t]+)?BREAKING[ -]CHANGE:[ \t]*(.*)$/;
const LIST_ITEM = /^[ \t]*[*-][ \t]+/;
/** Classifies one commit message. */
function classifyCommit(raw) {
    const lines = raw.message.includes('\r') ? raw.message.replace(/\r\n?/g, '\n').split('\n') : raw.message.split('\n');
    let first = 0;
    while (first < lines.length && lines[first].trim() === '')
        first++;
    const header = (lines[first] ?? '').trim();
    // The first paragraph continues the header unless a line starts a footer or a list.
    let end = first + 1;
    const wrapped = [];
    while (end < lines.length) {
        const l = lines[end];
        if (l.trim() === '' || FOOTER.test(l) || LIST_ITEM.test(l) || l.startsWith('This reverts commit'))
            break;
        wrapped.push(l.trim());
        end++;
    }
    const subject = wrapped.length ? `${header} ${wrapped.join(' ')}` : header;
    const out = { sha: raw.sha, subject, type: '', description: subject, breaking: false, breakingNotes: [], conventional: false };
    if (raw.files)
        out.files = raw.files;
    const gitRevert = GIT_REVERT.exec(subject);
    const m = gitRevert ? null : HEADER.exec(subject);
    if (gitRevert) {
        out.type = 'revert';
        out.conventional = true;
        out.description = subject;
        out.revert = { header: gitRevert[1] };
    }
    else if (m) {
        out.type = m[1].toLowerCase();
        out.conventional = true;
        out.description = m[4].trim();
        if (m[2])
            out.scope = m[2].trim();
        out.breaking = m[3] === '!';
        if (out.type === 'revert')
            out.revert = { header: out.description };
    }
    else {
        return out;
    }
    if (out.revert || raw.message.includes('This reverts commit')) {
        const sha = REVERTS_SHA.exec(raw.message)?.[1];
        if (sha)
            out.revert = { ...out.revert, sha };
    }
    if (raw.message.includes('BREAKING')) {
        out.breakingNotes = breakingNotes(lines, end);
        if (out.breakingNotes.length)
            out.breaking = true;
    }
    return out;
}
/** The BREAKING CHANGE footers after the header paragraph, each whole. */
function breakingNotes(lines, from) {
    const notes = [];
    for (let i = from; i < lines.length; i++) {
        const m = BREAKING_NOTE.exec(lines[i]);
        if (!m)
            continue;
        const listItem = m[1] !== undefined;
        const text = [m[2].trimEnd()];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const l = lines[j];
            if (listItem ? l.trim() === '' || LIST_ITEM.test(l) : FOOTER.test(l))
                break;
            text.push(listItem ? l.trim() : l.trimEnd());
        }
        while (text.length && text[text.length - 1] === '')
            text.pop();
        while (text.length && text[0] === '')
            text.shift();
        notes.push(text.join('\n'));
        i = j - 1;
    }
    return notes;
}
function classifyCommits(raws) {
    return raws.map(classifyCommit);
}
/**
 * The `git log -z --format=<LOG_FORMAT>` format and its parser: `/<id>` NUL `<tag decorations>` NUL `<message>`.
 * Each record starts with `/`: a path git prints can never start with `/`, so with `--name-only` the records and
 * the file names that follow them cannot be confused.
 */
const LOG_FORMAT = '/%H%x00%D%x00%B';
/** LOG_FORMAT with git's `%m` mark before the id (`-` for a --boundary commit). */
const LOG_FORMAT_MARKED = '/%m%H%x00%D%x00%B';
/** Parses `git log -z --format=/%H%x00%D%x00%B [--name-only]` output (newest first, as git prints it). */
function parseLogOutput(out, withFiles = false) {
    const commits = [];
    const parser = new LogStreamParser(withFiles, (c) => commits.push(c));
    parser.push(out);
    parser.end();
    return commits;
}
/**
 * The same format parsed as it streams in (chunks of text, any split): each commit is handed to `onCommit`
 * once its record is complete (with --name-only: when the next record starts, or at the end).
 */
class LogStreamParser {
    withFiles;
    onCommit;
    marked;
    rest = '';
    current;
    /** Tokens still expected for the current record: 2 = decorations, 1 = message, 0 = files / next record. */
    expect = 0;
    /** `marked`: the format is LOG_FORMAT_MARKED (`/%m%H…`, for --boundary). */
    constructor(withFiles, onCommit, marked = false) {
        this.withFiles = withFiles;
        this.onCommit = onCommit;
        this.marked = marked;
    }
    push(text) {
        const data = this.rest + text;
        let start = 0;
        for (let end = data.indexOf('\0'); end >= 0; end = data.indexOf('\0', start)) {
            this.token(data.slice(start, end));
            start = end + 1;
        }
        this.rest = data.slice(start);
    }
    end() {
        if (this.rest !== '')
            this.token(this.rest);
        this.rest = '';
        this.flush();
    }
    flush() {
        if (this.current)
            this.onCommit(this.current);
        this.current = undefined;
    }
    token(tok) {
        if (this.expect === 2) {
            if (tok !== '')
                this.current.tags = parseDecorations(tok);
            this.expect = 1;
        }
        else if (this.expect === 1) {
            this.current.message = tok;
            this.expect = 0;
            if (!this.withFiles)
                this.flush();
        }
        else if (tok.startsWith('/')) {
            this.flush();
            this.current = { sha: tok.slice(this.marked ? 2 : 1).trim(), message: '' };
            if (this.marked && tok[1] === '-')
                this.current.boundary = true;
            if (this.withFiles)
                this.current.files = [];
            this.expect = 2;
        }
        else if (this.withFiles && this.current) {
            const name = tok.startsWith('\n') ? tok.slice(1) : tok;
            if (name !== '')
                this.current.files.push(name);
        }
    }
}
/** `tag: v1.0.0, tag: v1.0.0-rc.1, HEAD -> main` → ['v1.0.0', 'v1.0.0-rc.1'] (tags only). */
function parseDecorations(text) {
    const tags = [];
    for (const part of text.split(', ')) {
        const t = part.trim();
        if (t.startsWith('tag: '))
            tags.push(t.slice(5));
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/git/repository.ts
/**
 * Git adapter: runs `git` with argument arrays (node:child_process, no shell; no PATH lookup per call as
 * @actions/exec does, which cost ~10 ms per git process on a loaded runner).
 * Queries are bulk: one git process per question, never one per commit or per tag.
 */







/** A git process in `cwd` with our environment (no prompts, C locale); a spawn failure rejects `onError`. */
function spawnGit(cwd, args, env, stdin, onError) {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env }, stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    child.on('error', (err) => onError(new errors/* RelforgeError */.fY(`Could not run git (is it installed and on PATH?): ${redact(err.message)}`)));
    return child;
}
/** A failed git command, secret-free. */
function gitFailed(args, code, detail) {
    return new errors/* RelforgeError */.fY(`git ${redact(args.join(' '))} failed (exit ${code}): ${redact(detail)}`);
}
/** Worded per front end: the `path` option is `"path"` in an action, `--path` on the command line. */
function notARepository(cwd, detail) {
    return new errors/* SettingsError */.GN([{ message: `${cwd} is not a git repository${detail}. Check out the repository first (actions/checkout with fetch-depth: 0) or set {{path}}.` }]);
}
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs git; throws a RelforgeError (secret-free) on a non-zero exit unless allowFailure. */
    async run(args, opts = {}) {
        const out = await new Promise((resolvePromise, reject) => {
            const child = spawnGit(this.cwd, args, opts.env, !!opts.input, reject);
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (d) => stdout.push(d));
            child.stderr.on('data', (d) => stderr.push(d));
            child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
            if (opts.input)
                child.stdin.end(opts.input);
        });
        if (out.code !== 0 && !opts.allowFailure)
            throw gitFailed(args, out.code, out.stderr.trim() || out.stdout.trim());
        return out;
    }
    /** Trimmed stdout of a successful command. */
    async text(args, opts = {}) {
        return (await this.run(args, opts)).stdout.trim();
    }
    /** Fails with an actionable message when `cwd` is not inside a git work tree. */
    async assertRepository() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
        if (r.code !== 0 || r.stdout.trim() !== 'true') {
            throw notARepository(this.cwd, '');
        }
    }
    async head() {
        return this.text(['rev-parse', 'HEAD']);
    }
    /** Current branch name, or undefined on a detached HEAD. */
    async currentBranch() {
        const r = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /**
     * One `rev-parse` for the facts every query needs: inside a work tree?, shallow?, HEAD's commit (undefined on
     * an unborn branch). Throws the actionable "not a git repository" error.
     */
    async probe() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], {
            allowFailure: true,
        });
        const lines = r.stdout.trim().split('\n');
        if (lines[0] !== 'true') {
            const why = r.stderr.trim();
            const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${redact(why.split('\n')[0])})` : '';
            throw notARepository(this.cwd, detail);
        }
        const head = r.code === 0 && /^[0-9a-f]{40,64}$/.test(lines[2] ?? '') ? lines[2] : undefined;
        return { shallow: lines[1] === 'true', ...(head ? { head } : {}) };
    }
    /** HEAD's commit id, or undefined when the branch has no commits yet. */
    async headCommit() {
        const r = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    /** Every tag name (reads refs and packed-refs only, no history walk). */
    async tagNames() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out === '' ? [] : out.split('\n');
    }
    /**
     * Every tag with the object its ref names, in one `for-each-ref` (refs and packed-refs; no history walk).
     * For an annotated tag that is the tag object: revision ranges (`<obj>..HEAD`) peel it, and `commitOf`
     * peels one. Not peeling here keeps the query O(refs) without object reads: `%(*objectname)` made it
     * ~3.5× slower on 2,500 tags (bench/next-version.mjs, L).
     */
    async tagTargets() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', 'refs/tags']);
        const map = new Map();
        if (out === '')
            return map;
        for (const line of out.split('\n')) {
            const i = line.indexOf('\0');
            if (i > 0)
                map.set(line.slice(0, i), line.slice(i + 1));
        }
        return map;
    }
    /**
     * A nearest tag reachable from `rev` matching the glob `match` and none of `exclude`
     * (`git describe --tags --abbrev=0`), or undefined when there is none.
     */
    async describeNearestTag(match, exclude = [], rev = 'HEAD') {
        // --candidates=1: stop at the first matching tag met walking back from `rev` (any reachable match will do for
        // callers that check higher versions themselves; it keeps the walk O(distance to that tag)).
        const args = ['describe', '--tags', '--abbrev=0', '--candidates=1', '--match', match];
        for (const e of exclude)
            args.push('--exclude', e);
        args.push(rev);
        const r = await this.run(args, { allowFailure: true });
        if (r.code === 0)
            return r.stdout.trim() || undefined;
        if (/no names found|no tags can describe|cannot describe/i.test(r.stderr))
            return undefined;
        throw gitFailed(args, r.code, r.stderr.trim());
    }
    /** True when `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`); false for non-commits. */
    async isAncestor(ancestor, descendant = 'HEAD') {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true });
        if (r.code === 0)
            return true;
        if (r.code === 1)
            return false;
        return false;
    }
    /** Refs matching `patterns` (full names) with their commits, annotated tags peeled: one for-each-ref. */
    async localTags(patterns) {
        const out = await this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...patterns]);
        const map = new Map();
        for (const line of out ? out.split('\n') : []) {
            const [ref, obj, peeled] = line.split('\0');
            if (ref)
                map.set(ref, peeled || obj);
        }
        return map;
    }
    /** Which of `tags` are reachable from `rev`: one `for-each-ref --merged` query limited to those refs. */
    async tagsMergedInto(tags, rev = 'HEAD') {
        if (!tags.length)
            return new Set();
        const out = await this.text(['for-each-ref', `--merged=${rev}`, '--format=%(refname:strip=2)', ...tags.map((t) => `refs/tags/${t}`)]);
        return new Set(out === '' ? [] : out.split('\n'));
    }
    /** The commit a ref points to (annotated tags peeled). */
    async commitOf(ref) {
        return this.text(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    /**
     * Commits of a revision range in ONE `git log` (NUL-separated, newest first): full messages, the tags on each
     * commit, and with `files` the changed paths (no rename detection, so a move counts for both sides).
     */
    async logCommits(range, opts = {}) {
        // git writes the (possibly large) log straight to a temp file, read back in one piece: no pipe chunking,
        // one string to parse.
        const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'relforge-git-'));
        const file = (0,external_node_path_namespaceObject.join)(dir, 'log');
        try {
            const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${LOG_FORMAT}`, '--decorate-refs=refs/tags/', '--no-color', `--output=${file}`];
            if (opts.files)
                args.push('--name-only', '--no-renames');
            args.push(...range, '--');
            await this.run(args);
            return parseLogOutput((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'), !!opts.files);
        }
        finally {
            (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /**
     * The same commits as logCommits, handed to `onCommit` while git still writes (one pass, nothing buffered
     * but the current record): the caller's work overlaps git's. `reverse`: oldest first. `boundary`: also the
     * boundary commits (marked `boundary`; with `reverse` they come first). `tags: false`: no decorations.
     * An exception thrown by `onCommit` stops git and rejects with it.
     */
    async streamCommits(range, opts, onCommit) {
        let format = opts.boundary ? LOG_FORMAT_MARKED : LOG_FORMAT;
        // Without tags the decorations field stays empty (git loads no refs for it).
        if (opts.tags === false)
            format = format.replace('%D', '');
        const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${format}`, ...(opts.tags === false ? [] : ['--decorate-refs=refs/tags/']), '--no-color'];
        if (opts.files)
            args.push('--name-only', '--no-renames');
        if (opts.reverse)
            args.push('--reverse');
        if (opts.boundary)
            args.push('--boundary');
        args.push(...range, '--');
        const parser = new LogStreamParser(!!opts.files, onCommit, !!opts.boundary);
        const stderr = [];
        let failure;
        const code = await new Promise((resolvePromise, reject) => {
            const child = spawnGit(this.cwd, args, undefined, false, reject);
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (text) => {
                if (failure !== undefined)
                    return;
                try {
                    parser.push(text);
                }
                catch (err) {
                    failure = err;
                    child.kill();
                }
            });
            child.stderr.on('data', (d) => stderr.push(d));
            child.on('close', (c) => resolvePromise(c ?? -1));
        });
        if (failure !== undefined)
            throw failure;
        if (code !== 0)
            throw gitFailed(args, code, Buffer.concat(stderr).toString('utf8').trim());
        parser.end();
    }
}

;// CONCATENATED MODULE: ./src/git/identity.ts
const BOT_IDENTITY = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/** Resolves the committer identity: explicit, else git config, else the Actions bot. */
async function resolveIdentity(git, id = {}) {
    const cfg = async (key) => {
        const r = await git.run(['config', '--get', key], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    };
    return {
        name: id.name || (await cfg('user.name')) || BOT_IDENTITY.name,
        email: id.email || (await cfg('user.email')) || BOT_IDENTITY.email,
    };
}
function identityEnv(id) {
    return { GIT_AUTHOR_NAME: id.name, GIT_AUTHOR_EMAIL: id.email, GIT_COMMITTER_NAME: id.name, GIT_COMMITTER_EMAIL: id.email };
}

;// CONCATENATED MODULE: ./src/git/remote.ts
/**
 * Talking to a git remote: credentials, remote tag listing, pushes (used by prerelease and release-commit).
 *
 * A token never goes into argv (`-c http.extraheader=…` would show it in `ps` and in git's own error
 * messages): it is passed through GIT_CONFIG_COUNT/GIT_CONFIG_KEY_n/GIT_CONFIG_VALUE_n environment
 * variables. The first value resets the header list for the remote's origin, so an `actions/checkout`
 * persisted header for the same origin is replaced rather than sent twice (GitHub rejects duplicate
 * Authorization headers).
 */


/** Validates a remote name (it becomes a git argument): no leading `-`, no whitespace. The text continues after the option's name. */
function remoteNameProblem(remote) {
    if (!remote)
        return 'is empty; use the name of a configured remote, e.g. origin.';
    if (remote.startsWith('-') || /[\s\x00-\x1f]/.test(remote))
        return `("${remote}") is not a valid remote name.`;
    return undefined;
}
function stripUserinfo(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
/**
 * Environment that makes git send `token` to an HTTPS remote (never in argv). `existingCount` is the
 * GIT_CONFIG_COUNT already in the environment, if any (entries are appended after it).
 */
function tokenConfigEnv(remoteUrl, token, baseEnv = process.env) {
    const u = new URL(remoteUrl);
    const origin = `${u.protocol}//${u.host}/`;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    registerSecret(basic);
    const start = Number.parseInt(baseEnv.GIT_CONFIG_COUNT ?? '0', 10) || 0;
    const key = `http.${origin}.extraheader`;
    return {
        GIT_CONFIG_COUNT: String(start + 2),
        [`GIT_CONFIG_KEY_${start}`]: key,
        [`GIT_CONFIG_VALUE_${start}`]: '',
        [`GIT_CONFIG_KEY_${start + 1}`]: key,
        [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Resolves how to reach `remote` and fails BEFORE anything is created when an HTTPS remote has no
 * credentials at all (no token input, no userinfo in the URL, no extraheader, no credential helper).
 */
async function remoteAccess(git, remote, token, opts) {
    const problem = remoteNameProblem(remote);
    if (problem)
        throw (0,errors/* fieldError */.$i)('remote', problem);
    const r = await git.run(['remote', 'get-url', '--push', remote], { allowFailure: true });
    if (r.code !== 0) {
        throw (0,errors/* fieldError */.$i)('remote', `("${remote}") is not a configured git remote in ${git.cwd} (git remote -v lists them); name one, or do not push ({{push}}: false).`);
    }
    const url = r.stdout.trim();
    const displayUrl = stripUserinfo(url);
    if (!/^https?:\/\//i.test(url))
        return { remote, displayUrl, env: {}, auth: 'ssh-or-local' };
    if (token) {
        registerSecret(token);
        return { remote, displayUrl, env: tokenConfigEnv(url, token), auth: 'token' };
    }
    if (!opts.needPush)
        return { remote, displayUrl, env: {}, auth: 'existing' };
    const hasUserinfo = /^https?:\/\/[^/@]+@/i.test(url);
    // Only settings that apply to this URL count (a helper for another host does not help).
    const headers = await git.run(['config', '--get-urlmatch', 'http.extraheader', url], { allowFailure: true });
    const helpers = await git.run(['config', '--get-urlmatch', 'credential.helper', url], { allowFailure: true });
    const hasHeader = headers.code === 0 && headers.stdout.trim() !== '';
    const hasHelper = helpers.code === 0 && helpers.stdout.trim() !== '';
    if (!hasUserinfo && !hasHeader && !hasHelper) {
        throw new errors/* SettingsError */.GN([
            {
                message: `No credentials to push to ${displayUrl}: give a token with {{token}} (e.g. token: \${{ secrets.GITHUB_TOKEN }} with "permissions: contents: write"; ` +
                    'RELFORGE_TOKEN on the command line), or check out with actions/checkout "persist-credentials: true", or do not push ({{push}}: false). Nothing was created or pushed.',
            },
        ]);
    }
    return { remote, displayUrl, env: {}, auth: 'existing' };
}
/**
 * Remote refs matching `patterns` (`git ls-remote`, one process), by full name (`refs/tags/v1.2.3`), with
 * the object each names and, for annotated tags, the commit it peels to.
 */
async function lsRemoteRefs(git, access, patterns) {
    // One process; without --refs git also prints "<sha>\t<tag>^{}" (the commit of an annotated tag).
    const all = [...patterns, ...patterns.filter((p) => !p.endsWith('*')).map((p) => `${p}^{}`)];
    const r = await git.run(['ls-remote', '--', access.remote, ...all], { env: access.env, allowFailure: true });
    if (r.code !== 0) {
        throw new errors/* RelforgeError */.fY(`Could not list refs of the remote "${access.remote}" (${access.displayUrl}): ${redact(r.stderr.trim()) || `exit ${r.code}`}. ` +
            'Check the token (and network access), or do not push.');
    }
    const refs = new Map();
    const peeled = new Map();
    for (const line of r.stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref)
            continue;
        if (ref.endsWith('^{}'))
            peeled.set(ref.slice(0, -3), sha);
        else
            refs.set(ref, { object: sha });
    }
    for (const [ref, sha] of peeled) {
        const v = refs.get(ref);
        if (v)
            v.peeled = sha;
    }
    return refs;
}
/** Remote refs matching `patterns`, annotated tags peeled to their commits (see lsRemoteRefs). */
async function lsRemote(git, access, patterns) {
    const out = new Map();
    for (const [ref, v] of await lsRemoteRefs(git, access, patterns))
        out.set(ref, v.peeled ?? v.object);
    return out;
}
/** Runs `git push` with the access environment; failures become a clear, secret-free message. */
async function push(git, access, refspecs, opts) {
    const args = ['push', '--porcelain'];
    if (opts.atomic)
        args.push('--atomic');
    for (const l of opts.leases ?? [])
        args.push(`--force-with-lease=${l}`);
    args.push('--', access.remote, ...refspecs);
    const r = await git.run(args, { env: access.env, allowFailure: true });
    if (r.code !== 0) {
        const detail = redact(`${r.stderr}\n${r.stdout}`.trim());
        let hint = '';
        if (/protected branch|GH006|GH013|not allowed to push|pre-receive hook declined|push declined/i.test(detail)) {
            hint = ' The server refused it (branch protection or a server hook): let this identity push (e.g. a RELEASE_TOKEN of a bot allowed to bypass protection) or release from an unprotected branch. Nothing was pushed.';
        }
        else if (/stale info|fetch first|non-fast-forward|cannot lock ref|but expected/i.test(detail)) {
            hint = ' The remote changed since this checkout (someone pushed): nothing was pushed. Re-run on the new head.';
        }
        else if (/already exists/i.test(detail)) {
            hint = ' The tag already exists on the remote (pushed by another run?). Nothing was overwritten.';
        }
        else if (/authentication|could not read username|403|401|permission|denied/i.test(detail)) {
            hint = ' The credentials were refused: check the token and that it may push (permissions: contents: write).';
        }
        throw new errors/* RelforgeError */.fY(`Pushing ${opts.what} to "${access.remote}" (${access.displayUrl}) failed.${hint}\n${detail}`);
    }
}

// EXTERNAL MODULE: ./src/versioning/core/version.ts
var core_version = __nccwpck_require__(4794);
;// CONCATENATED MODULE: ./src/versioning/guards.ts
/**
 * Guards on a proposed version (design.md invariant 9), applied after a versioning strategy proposed it:
 * - a stable version never sorts below a prerelease tag of the same prefix reachable from HEAD: it is lifted
 *   to that prerelease's release version (2.0.1-rc.15 reachable, 1.6.0 proposed → 2.0.1), and the plan says so;
 * - a proposed tag never exists already: a release tag of that name elsewhere (another branch) is refused;
 * - when no tag matches the prefix but other version tags exist, the prefix is probably wrong: stable runs
 *   fail naming the prefix that would match, prerelease runs warn.
 */


/**
 * Lifts `version` (stable, of tag line `prefix`) above the highest prerelease tag of that line reachable from
 * HEAD. Only prerelease tags with a higher version get a reachability check (one query; usually none).
 */
async function liftAbovePrereleases(git, tags, prefix, version) {
    const higher = [];
    for (const t of tags.keys()) {
        const v = (0,core_version/* parsePrereleaseTag */.A)(t, prefix);
        if (v !== undefined && (0,core_version/* compareVersions */.Zy)(v, version) > 0)
            higher.push([t, v]);
    }
    if (!higher.length)
        return undefined;
    const reachable = await git.tagsMergedInto(higher.map(([t]) => t));
    const top = higher.filter(([t]) => reachable.has(t)).sort((a, b) => (0,core_version/* compareVersions */.Zy)(b[1], a[1]))[0];
    if (!top)
        return undefined;
    return { from: version, to: (0,core_version/* coreVersion */.kI)(top[1]), above: top[0] };
}
/** Refuses a proposed release tag that already exists (it is not reachable, or it would be the base). */
async function refuseExistingTag(git, tags, tag, what, lift) {
    const target = tags.get(tag);
    if (target === undefined)
        return;
    const commit = (await git.run(['rev-parse', '--verify', '--quiet', `${target}^{commit}`], { allowFailure: true })).stdout.trim() || target;
    const why = lift ? ` (${lift.from}, lifted above the reachable prerelease ${lift.above})` : '';
    throw new errors/* RelforgeError */.fY(`${what} ${tag}${why} already exists, on commit ${commit.slice(0, 12)}, which is not an ancestor of HEAD (another branch, or a later commit). ` +
        'Releasing it again would publish a second, different release under the same version. Release from the branch that carries the tag, ' +
        'or merge it; nothing was changed.');
}
/**
 * The "no tag matches the prefix" check over every tag. Returns a warning (prerelease runs) or throws a
 * problem for `tag-prefix` (stable runs); undefined when some prefix matches or no version tag exists.
 */
function prefixMismatch(tags, prefixes, mode) {
    const names = [...tags];
    if (!names.length)
        return undefined;
    let candidates = [];
    for (const p of prefixes) {
        const r = (0,core_version/* prefixCandidates */.nS)(names, p);
        if (r.matches)
            return undefined;
        candidates = r.candidates.filter((c) => !prefixes.includes(c.prefix));
    }
    if (!candidates.length)
        return undefined;
    const shown = prefixes.map((p) => (p === '' ? 'no prefix' : `"${p}"`)).join(', ');
    const list = candidates
        .slice(0, 3)
        .map((c) => `${c.prefix === '' ? 'none (no prefix)' : `"${c.prefix}"`}: ${c.count} tag(s) up to ${c.highest}`)
        .join('; ');
    const best = candidates[0];
    const fix = best.prefix === '' ? 'none' : best.prefix;
    const text = `matches no tag (${shown}), but release tags with another prefix exist — ${list}. ` +
        `Set {{tag-prefix}} to ${fix} to continue from ${best.highest}; without it the version would restart from the beginning.`;
    if (mode === 'fail')
        throw (0,errors/* fieldError */.$i)('tag-prefix', text);
    return `tag-prefix ${text.replace('{{tag-prefix}}', 'tag-prefix')}`;
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/types.ts
/**
 * Version-file updaters in the style of release-please: one small class per format, text in → text out,
 * touching only the version characters so formatting and comments survive.
 */

/** A version file (manifest, lock file, regex-matched file) is not what its format requires. */
class VersionFileError extends errors/* FormatError */.IF {
}
function targetVersion(opts, kind) {
    if (!opts.version)
        throw new Error(`${kind} updater: no target version given`);
    return opts.version;
}
function fileLabel(opts, fallback) {
    return opts.file ?? fallback;
}
/** Replaces text[start,end) with `value`. */
function splice(text, start, end, value) {
    return text.slice(0, start) + value + text.slice(end);
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/toml-edit.ts
const toml_edit_HEADER = /^\s*(\[\[?)\s*([A-Za-z0-9_.\-" ']+?)\s*(\]\]?)\s*(?:#.*)?$/;
const KEY_VALUE = /^(\s*)([A-Za-z0-9_\-."']+?)\s*=\s*(.*)$/;
function normaliseTable(name) {
    return name
        .split('.')
        .map((p) => p.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'))
        .join('.');
}
/** Every `key = value` line with its table, in document order. Multi-line strings are skipped over. */
function scanToml(text) {
    const entries = [];
    let table = '';
    let block = -1;
    let blockCount = 0;
    let inMultiline;
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        if (inMultiline) {
            if (line.includes(inMultiline))
                inMultiline = undefined;
            continue;
        }
        const h = toml_edit_HEADER.exec(line);
        if (h && ((h[1] === '[' && h[3] === ']') || (h[1] === '[[' && h[3] === ']]'))) {
            table = normaliseTable(h[2]);
            block = h[1] === '[[' ? blockCount++ : -1;
            continue;
        }
        const kv = KEY_VALUE.exec(line);
        if (!kv)
            continue;
        const key = normaliseTable(kv[2]);
        const rest = kv[3];
        const valueOffset = lineStart + line.length - rest.length;
        for (const q of ['"""', "'''"]) {
            if (rest.startsWith(q) && rest.indexOf(q, 3) === -1)
                inMultiline = q;
        }
        const entry = { table, block, key, raw: rest.replace(/\s+#.*$/, '').trim() };
        const s = /^"((?:[^"\\]|\\.)*)"/.exec(rest) ?? /^'([^']*)'/.exec(rest);
        if (s && !inMultiline) {
            entry.value = rest[0] === '"' ? JSON.parse(`"${s[1]}"`) : s[1];
            entry.valueStart = valueOffset + 1;
            entry.valueEnd = valueOffset + 1 + s[1].length;
        }
        entries.push(entry);
    }
    return entries;
}
/** The `key` entry of `table` (first occurrence), with the key written plainly (`version = …`). */
function findTomlKey(entries, table, key) {
    return entries.find((e) => e.table === table && e.key === key);
}
/** True when `[table]` declares `key.workspace = true` or `key = { workspace = true }`. */
function inheritsWorkspace(entries, table, key) {
    return entries.some((e) => e.table === table &&
        ((e.key === `${key}.workspace` && e.raw === 'true') || (e.key === key && /^\{\s*workspace\s*=\s*true\s*\}$/.test(e.raw))));
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/cargo.ts
/** Cargo.toml (`[package] version`, or `[workspace.package] version` when the crate inherits it) and Cargo.lock. */


class CargoToml {
    opts;
    kind = 'Cargo.toml';
    constructor(opts = {}) {
        this.opts = opts;
    }
    locate(text) {
        const file = fileLabel(this.opts, 'Cargo.toml');
        const entries = scanToml(text);
        const own = findTomlKey(entries, 'package', 'version');
        if (own?.value !== undefined)
            return own;
        const inherited = inheritsWorkspace(entries, 'package', 'version');
        const ws = findTomlKey(entries, 'workspace.package', 'version');
        if (ws?.value !== undefined && (inherited || !entries.some((e) => e.table === 'package')))
            return ws;
        if (inherited) {
            throw new VersionFileError(`${file}: [package] inherits its version from the workspace (version.workspace = true); list the workspace root Cargo.toml (with [workspace.package] version) as the manifest instead.`);
        }
        throw new VersionFileError(`${file}: no [package] version = "…" (or [workspace.package] version) found; add one or use another version file.`);
    }
    readVersion(text) {
        return this.locate(text).value;
    }
    /** `[package] name`, used to find this crate's entry in Cargo.lock. */
    readName(text) {
        return findTomlKey(scanToml(text), 'package', 'name')?.value;
    }
    updateContent(text) {
        const e = this.locate(text);
        return splice(text, e.valueStart, e.valueEnd, targetVersion(this.opts, this.kind));
    }
}
/** Cargo.lock: the `[[package]]` entries of workspace members (no `source`) named in `packages`. */
class CargoLock {
    opts;
    kind = 'Cargo.lock';
    constructor(opts) {
        this.opts = opts;
    }
    members(text) {
        const entries = scanToml(text);
        const blocks = new Map();
        for (const e of entries) {
            if (e.table !== 'package' || e.block < 0)
                continue;
            let list = blocks.get(e.block);
            if (!list)
                blocks.set(e.block, (list = []));
            list.push(e);
        }
        const out = [];
        for (const list of blocks.values()) {
            const name = list.find((e) => e.key === 'name')?.value;
            const version = list.find((e) => e.key === 'version');
            const hasSource = list.some((e) => e.key === 'source');
            if (name !== undefined && this.opts.packages.includes(name) && !hasSource && version?.value !== undefined)
                out.push(version);
        }
        return out;
    }
    readVersion(text) {
        const m = this.members(text);
        if (!m.length) {
            throw new VersionFileError(`${fileLabel(this.opts, 'Cargo.lock')}: no workspace member entry for ${this.opts.packages.join(', ')}.`);
        }
        return m[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        for (const e of this.members(text).sort((a, b) => b.valueStart - a.valueStart))
            out = splice(out, e.valueStart, e.valueEnd, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/json-edit.ts
class Scanner {
    text;
    wanted;
    pos = 0;
    found = new Map();
    constructor(text, wanted) {
        this.text = text;
        this.wanted = wanted;
    }
    fail(what) {
        const before = this.text.slice(0, this.pos);
        const line = before.split('\n').length;
        const col = this.pos - before.lastIndexOf('\n');
        throw new SyntaxError(`${what} at line ${line}, column ${col}`);
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t.charCodeAt(this.pos);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.pos++;
            else
                break;
        }
    }
    string() {
        const t = this.text;
        const start = this.pos;
        if (t[this.pos] !== '"')
            this.fail('expected a string');
        this.pos++;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === '\\')
                this.pos += 2;
            else if (c === '"') {
                this.pos++;
                return JSON.parse(t.slice(start, this.pos));
            }
            else
                this.pos++;
        }
        this.fail('unterminated string');
    }
    /** Consumes `ch` when it is next. */
    eat(ch) {
        if (this.text[this.pos] !== ch)
            return false;
        this.pos++;
        return true;
    }
    /** From an opening bracket to its `close`: `member` reads each member (the i-th), commas between. */
    members(close, member) {
        this.pos++;
        this.ws();
        if (this.eat(close))
            return;
        for (let i = 0;; i++) {
            member(i);
            this.ws();
            if (this.eat(','))
                continue;
            if (this.eat(close))
                return;
            this.fail(`expected "," or "${close}"`);
        }
    }
    value(path) {
        this.ws();
        const t = this.text;
        const c = t[this.pos];
        const start = this.pos;
        if (c === '{') {
            this.members('}', () => {
                this.ws();
                const key = this.string();
                this.ws();
                if (!this.eat(':'))
                    this.fail('expected ":"');
                this.value(`${path}\u0000${key}`);
            });
            return;
        }
        if (c === '[') {
            this.members(']', (i) => this.value(`${path}\u0000${i}`));
            return;
        }
        if (c === '"') {
            const v = this.string();
            if (this.wanted.has(path))
                this.found.set(path, { start, end: this.pos, value: v });
            return;
        }
        const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(this.pos, this.pos + 64));
        if (!m)
            this.fail('unexpected character');
        this.pos += m[0].length;
        if (this.wanted.has(path))
            this.found.set(path, { start, end: this.pos, value: undefined });
    }
}
const keyOf = (path) => ['', ...path].join('\u0000');
/**
 * Scans a JSON document once and returns the spans of the values at `paths` (each a list of keys from the root).
 * Throws SyntaxError (with line and column) for invalid JSON.
 */
function findJsonValues(text, paths) {
    const wanted = new Map(paths.map((p) => [keyOf(p), p]));
    const s = new Scanner(text.charCodeAt(0) === 0xfeff ? text : text, new Set(wanted.keys()));
    if (text.charCodeAt(0) === 0xfeff)
        s.pos = 1;
    s.value('');
    s.ws();
    if (s.pos !== text.length)
        s.fail('unexpected text after the JSON document');
    const out = new Map();
    for (const [k, p] of wanted)
        out.set(p, s.found.get(k));
    return out;
}
/** Replaces several spans at once (spans must not overlap). */
function replaceSpans(text, edits) {
    const sorted = [...edits].sort((a, b) => b.start - a.start);
    let out = text;
    for (const e of sorted)
        out = out.slice(0, e.start) + e.value + out.slice(e.end);
    return out;
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/npm.ts
/** package.json (`version`) and package-lock.json / npm-shrinkwrap.json (root `version` and `packages[""]`). */


function scan(text, file, paths) {
    try {
        return findJsonValues(text, paths);
    }
    catch (err) {
        throw new VersionFileError(`${file} is not valid JSON: ${err.message}.`);
    }
}
class PackageJson {
    opts;
    kind = 'package.json';
    constructor(opts = {}) {
        this.opts = opts;
    }
    span(text) {
        const file = fileLabel(this.opts, 'package.json');
        const path = ['version'];
        const span = scan(text, file, [path]).get(path);
        if (!span || typeof span.value !== 'string')
            throw new VersionFileError(`${file}: no top-level "version" string; add "version": "0.0.0" or use another version file.`);
        return span;
    }
    readVersion(text) {
        return this.span(text).value;
    }
    /** The `name` field (for workspace lock entries). */
    readName(text) {
        const path = ['name'];
        const v = scan(text, fileLabel(this.opts, 'package.json'), [path]).get(path)?.value;
        return typeof v === 'string' ? v : undefined;
    }
    updateContent(text) {
        const s = this.span(text);
        return replaceSpans(text, [{ start: s.start, end: s.end, value: JSON.stringify(targetVersion(this.opts, this.kind)) }]);
    }
}
/**
 * package-lock.json: the root `version` and `packages[""].version` (lockfile v2/v3), or — for a workspace member —
 * `packages["<member dir>"].version`. `entries` lists the `packages` keys to update ('' = the root package).
 */
class PackageLock {
    opts;
    kind = 'package-lock.json';
    entries;
    constructor(opts = {}) {
        this.opts = opts;
        this.entries = opts.entries ?? [''];
    }
    spans(text) {
        const file = fileLabel(this.opts, 'package-lock.json');
        const paths = this.entries.map((e) => ['packages', e, 'version']);
        const root = ['version'];
        if (this.entries.includes(''))
            paths.push(root);
        const found = scan(text, file, paths);
        return [...found.values()].filter((s) => s !== undefined && typeof s.value === 'string');
    }
    readVersion(text) {
        const s = this.spans(text);
        if (!s.length)
            throw new VersionFileError(`${fileLabel(this.opts, 'package-lock.json')}: no root "version" entry.`);
        return s[0].value;
    }
    updateContent(text) {
        const v = JSON.stringify(targetVersion(this.opts, this.kind));
        return replaceSpans(text, this.spans(text).map((s) => ({ start: s.start, end: s.end, value: v })));
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/pyproject.ts
/** pyproject.toml: `[project] version` (PEP 621) and `[tool.poetry] version`, whichever are present. */


class PyProject {
    opts;
    kind = 'pyproject.toml';
    constructor(opts = {}) {
        this.opts = opts;
    }
    locate(text) {
        const file = fileLabel(this.opts, 'pyproject.toml');
        const entries = scanToml(text);
        const found = [findTomlKey(entries, 'project', 'version'), findTomlKey(entries, 'tool.poetry', 'version')].filter((e) => e?.value !== undefined);
        if (!found.length) {
            const dynamic = findTomlKey(entries, 'project', 'dynamic');
            const hint = dynamic && dynamic.raw.includes('version')
                ? ' ([project] declares the version dynamic: point version-file at the file that holds it, with a version-pattern)'
                : '';
            throw new VersionFileError(`${file}: no [project] version or [tool.poetry] version found${hint}.`);
        }
        return found;
    }
    readVersion(text) {
        return this.locate(text)[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        for (const e of this.locate(text).sort((a, b) => b.valueStart - a.valueStart))
            out = splice(out, e.valueStart, e.valueEnd, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/regex-file.ts
/**
 * Any text file with a `version-pattern`: a regular expression (multi-line mode) with a capture group named
 * `version`, or else its first group, around the version. Every match is rewritten; the first is read.
 */

/**
 * Compiles a version-pattern. The error's message continues after the pattern's name ("is not a valid
 * regular expression…"), so callers can report it by field.
 */
function compileVersionPattern(pattern) {
    let re;
    try {
        re = new RegExp(pattern, 'gmd');
    }
    catch (err) {
        throw new VersionFileError(`is not a valid regular expression: ${err.message}`);
    }
    const groups = new RegExp(`${pattern}|`).exec('').length - 1;
    if (groups < 1) {
        throw new VersionFileError(`needs a capture group around the version, e.g. version = "(\\d+\\.\\d+\\.\\d+)" or (?<version>…); got ${pattern}`);
    }
    return re;
}
class RegexFile {
    opts;
    kind = 'regex';
    re;
    constructor(opts) {
        this.opts = opts;
        try {
            this.re = compileVersionPattern(opts.pattern);
        }
        catch (err) {
            throw new VersionFileError(`${fileLabel(opts, 'the version file')}: version-pattern ${err.message}`);
        }
    }
    spans(text) {
        const out = [];
        this.re.lastIndex = 0;
        for (const m of text.matchAll(this.re)) {
            const idx = m.indices;
            const span = idx.groups?.version ?? idx[1];
            const value = m.groups?.version ?? m[1];
            if (!span || value === undefined)
                continue;
            out.push({ start: span[0], end: span[1], value });
        }
        return out;
    }
    readVersion(text) {
        const s = this.spans(text);
        if (!s.length) {
            throw new VersionFileError(`${fileLabel(this.opts, 'the version file')}: version-pattern ${this.opts.pattern} matches nothing; check the pattern against the file.`);
        }
        return s[0].value;
    }
    updateContent(text) {
        const v = targetVersion(this.opts, this.kind);
        let out = text;
        const spans = this.spans(text);
        if (!spans.length)
            this.readVersion(text);
        for (const s of spans.sort((a, b) => b.start - a.start))
            out = splice(out, s.start, s.end, v);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/versioning/core/manifests/index.ts
/** Picks the updater for a version file by its name (or the regex updater when a version-pattern is given). */











function manifestKind(path, versionPattern) {
    if (versionPattern)
        return 'regex';
    switch (external_node_path_namespaceObject.posix.basename(path.replace(/\\/g, '/'))) {
        case 'Cargo.toml':
            return 'Cargo.toml';
        case 'package.json':
            return 'package.json';
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return 'package-lock.json';
        case 'pyproject.toml':
            return 'pyproject.toml';
        default:
            return undefined;
    }
}
/**
 * The updater for `path` (Cargo.toml, package.json, package-lock.json, pyproject.toml; any other file needs a
 * `versionPattern`). `version` is the target for updateContent and may be omitted for reading.
 */
function updaterFor(path, opts = {}) {
    const base = { file: path, ...(opts.version ? { version: opts.version } : {}) };
    const kind = manifestKind(path, opts.versionPattern);
    switch (kind) {
        case 'Cargo.toml':
            return new CargoToml(base);
        case 'package.json':
            return new PackageJson(base);
        case 'package-lock.json':
            return new PackageLock(base);
        case 'pyproject.toml':
            return new PyProject(base);
        case 'regex':
            return new RegexFile({ ...base, pattern: opts.versionPattern });
        default:
            throw new VersionFileError(`${path}: unknown version-file format. Supported: Cargo.toml, package.json, package-lock.json, pyproject.toml; for any other file set a version-pattern (a regex with a capture group around the version).`);
    }
}

;// CONCATENATED MODULE: ./src/versioning/manifest-writes.ts
/**
 * Version files: reading the base version from one, and rewriting manifests (plus their lock files) to a new
 * version all-or-nothing. `planManifestWrites` computes every new text without writing (plan, dry runs);
 * `writeManifests` writes them: each to a temp file beside it, then renames; if any step fails, the files
 * already replaced are restored and the temp files removed.
 */





function readText(cwd, file, what) {
    const full = (0,external_node_path_namespaceObject.resolve)(cwd, file);
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(full, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* RelforgeError */.fY(code === 'ENOENT' ? `${what} "${file}" does not exist in ${cwd}.` : `${what} "${file}" cannot be read: ${err.message}`);
    }
}
/** Reads a version file's version with the right updater; problems name the option that named the file. */
function readVersionFile(cwd, file, versionPattern, source = { field: 'version-file' }) {
    const label = source.label ? `${source.label} ` : '';
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, file), 'utf8');
    }
    catch (err) {
        const missing = err.code === 'ENOENT';
        throw (0,errors/* fieldError */.$i)(source.field, `${label}"${file}" ${missing ? `does not exist in ${cwd}; fix the path (relative to {{path}}) or remove it.` : `cannot be read: ${err.message}`}`);
    }
    let version;
    try {
        version = updaterFor(file, versionPattern ? { versionPattern } : {}).readVersion(text);
    }
    catch (err) {
        if (err instanceof VersionFileError)
            throw (0,errors/* fieldError */.$i)(source.field, `${label}${err.message}`);
        throw err;
    }
    version = version.trim().replace(/^v(?=\d)/, '');
    if (!(0,core_version/* isSemver */.nN)(version)) {
        throw (0,errors/* fieldError */.$i)(source.field, `${label}"${file}" declares version "${version}", which is not a SemVer version (MAJOR.MINOR.PATCH); fix the file or the version-pattern.`);
    }
    return version;
}
/** The nearest file named one of `names` in `dir` or its parents, not above `root`. */
function findUp(root, dir, names) {
    let d = dir;
    for (;;) {
        for (const n of names) {
            const p = (0,external_node_path_namespaceObject.join)(d, n);
            if ((0,external_node_fs_namespaceObject.existsSync)(p))
                return p;
        }
        if (d === root || !(d + external_node_path_namespaceObject.sep).startsWith(root + external_node_path_namespaceObject.sep))
            return undefined;
        const parent = (0,external_node_path_namespaceObject.dirname)(d);
        if (parent === d)
            return undefined;
        d = parent;
    }
}
/**
 * Computes every new text (manifests plus their lock files: Cargo.lock entries of workspace members,
 * package-lock.json root / workspace entries) without writing anything.
 */
function planManifestWrites(cwd, targets) {
    const root = (0,external_node_path_namespaceObject.resolve)(cwd);
    const texts = new Map();
    const load = (full, what) => {
        let e = texts.get(full);
        if (!e) {
            const original = readText(root, (0,external_node_path_namespaceObject.relative)(root, full), what);
            e = { original, text: original };
            texts.set(full, e);
        }
        return e;
    };
    const wrap = (file, fn) => {
        try {
            return fn();
        }
        catch (err) {
            if (err instanceof VersionFileError)
                throw new errors/* RelforgeError */.fY(`Cannot rewrite ${file}: ${err.message} Nothing was written.`);
            throw err;
        }
    };
    for (const t of targets) {
        const full = (0,external_node_path_namespaceObject.resolve)(root, t.path);
        const e = load(full, 'manifest');
        const updater = updaterFor(t.path, { version: t.version, ...(t.versionPattern ? { versionPattern: t.versionPattern } : {}) });
        e.text = wrap(t.path, () => updater.updateContent(e.text));
        if (updater instanceof CargoToml) {
            const name = updater.readName(e.text);
            const lock = findUp(root, (0,external_node_path_namespaceObject.dirname)(full), ['Cargo.lock']);
            if (name && lock) {
                const le = load(lock, 'Cargo.lock');
                le.text = wrap((0,external_node_path_namespaceObject.relative)(root, lock), () => new CargoLock({ version: t.version, packages: [name], file: (0,external_node_path_namespaceObject.relative)(root, lock) }).updateContent(le.text));
            }
        }
        else if (updater instanceof PackageJson) {
            const lock = findUp(root, (0,external_node_path_namespaceObject.dirname)(full), ['npm-shrinkwrap.json', 'package-lock.json']);
            if (lock) {
                const member = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.dirname)(lock), (0,external_node_path_namespaceObject.dirname)(full)).split(external_node_path_namespaceObject.sep).join(external_node_path_namespaceObject.posix.sep);
                const le = load(lock, 'package-lock.json');
                le.text = wrap((0,external_node_path_namespaceObject.relative)(root, lock), () => new PackageLock({ version: t.version, entries: [member], file: (0,external_node_path_namespaceObject.relative)(root, lock) }).updateContent(le.text));
            }
        }
    }
    for (const [full, e] of texts)
        if (e.text === e.original)
            texts.delete(full);
    return texts;
}
/** The repository-relative paths (sorted, `/` separators) of planned writes. */
function plannedPaths(cwd, planned) {
    const root = (0,external_node_path_namespaceObject.resolve)(cwd);
    return [...planned.keys()].map((full) => (0,external_node_path_namespaceObject.relative)(root, full).split(external_node_path_namespaceObject.sep).join(external_node_path_namespaceObject.posix.sep)).sort();
}
/** Plans and writes all-or-nothing (see the module comment); returns the repository-relative paths changed. */
function writeManifests(cwd, targets) {
    const planned = planManifestWrites(cwd, targets);
    const changed = [...planned.entries()];
    const suffix = `.relforge-${process.pid}-${process.hrtime.bigint().toString(36)}.tmp`;
    const temps = [];
    const replaced = [];
    try {
        for (const [full, e] of changed) {
            const mode = (0,external_node_fs_namespaceObject.statSync)(full).mode & 0o7777;
            (0,external_node_fs_namespaceObject.writeFileSync)(full + suffix, e.text, { mode });
            temps.push(full + suffix);
        }
        for (const [full, e] of changed) {
            (0,external_node_fs_namespaceObject.renameSync)(full + suffix, full);
            replaced.push([full, e.original]);
        }
    }
    catch (err) {
        for (const [full, original] of replaced) {
            try {
                (0,external_node_fs_namespaceObject.writeFileSync)(full, original);
            }
            catch {
                /* best effort: reported below */
            }
        }
        for (const t of temps) {
            try {
                (0,external_node_fs_namespaceObject.unlinkSync)(t);
            }
            catch {
                /* already renamed or never written */
            }
        }
        throw new errors/* RelforgeError */.fY(`Could not rewrite the manifests (${err.message}); the original files were restored, nothing was changed.`);
    }
    return plannedPaths(cwd, planned);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var prerelease_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(prerelease_semver);
;// CONCATENATED MODULE: ./src/versioning/core/bump.ts
/**
 * What counts toward a release, and the bump it asks for (no I/O). `commitBump` and `cancelledByReverts` are
 * the single decision behind the bump and the deciding list (`selectReleaseCommits`) and the release notes
 * (changelog.ts): a commit is in the notes exactly when `selectReleaseCommits` counts it (design.md invariant 8).
 *
 * - breaking (any type, `!` or footer) → major; while the base major is 0: `pre1: 'minor'` → minor,
 *   `pre1: 'major'` → major (0.x → 1.0.0);
 * - `feat` → minor; `fix`, `perf` → patch; other types only when listed in `releaseTypes` (patch; `feat`
 *   stays minor); a type missing from `releaseTypes` does not release;
 * - reverts: a revert whose reverted commit is in the same range cancels it — neither counts (reverting a
 *   revert brings the original back). A `Revert "…"` / `revert:` of a commit outside the range (already
 *   released) releases a patch when the reverted header would have released (or when `revert` is a release
 *   type); a commit with its own type that reverts one (` fix: revert #6251`) counts as its type says;
 * - non-conventional commits never count.
 */



const DEFAULT_RELEASE_TYPES = ['feat', 'fix', 'perf'];
/** Release-notes groups, in display order. */
const NOTE_GROUPS = (/* unused pure expression or super */ null && (['Breaking Changes', 'Features', 'Bug Fixes', 'Performance', 'Reverts', 'Other Changes']));
/** The level one (non-cancelled) commit asks for, given the base version (for the 0.x rule). */
function commitBump(c, baseVersion, policy) {
    if (!c.conventional)
        return 'none';
    if (c.breaking)
        return semver_default().major(baseVersion) === 0 && policy.pre1 === 'minor' ? 'minor' : 'major';
    if (c.type === 'revert' && !policy.releaseTypes.includes('revert')) {
        // A revert of an earlier release's change: releases when the reverted change released. (A commit with its
        // own type and a "This reverts commit" line, e.g. ` fix: revert #6251`, counts as its type says.)
        const header = c.revert?.header;
        if (!header)
            return 'none';
        const reverted = classifyCommit({ sha: c.sha, message: header });
        if (!reverted.conventional)
            return 'none';
        // Reverting a revert re-applies the original change: it releases as that change would.
        if (reverted.revert)
            return reverted.revert.header ? commitBump(classifyCommit({ sha: c.sha, message: reverted.revert.header }), baseVersion, policy) : 'none';
        return commitBump(reverted, baseVersion, policy) !== 'none' ? 'patch' : 'none';
    }
    if (!policy.releaseTypes.includes(c.type))
        return 'none';
    return c.type === 'feat' ? 'minor' : 'patch';
}
function groupOf(c) {
    if (c.breaking)
        return 'Breaking Changes';
    if (c.type === 'revert')
        return 'Reverts';
    switch (c.type) {
        case 'feat':
            return 'Features';
        case 'fix':
            return 'Bug Fixes';
        case 'perf':
            return 'Performance';
        default:
            return 'Other Changes';
    }
}
/**
 * Which commits of a range cancel out (revert + reverted, both in the range). Commits come newest first
 * (git log order); they are replayed oldest first so a revert of a revert restores the original.
 */
function cancelledByReverts(commits) {
    const inactive = new Set();
    const pairs = [];
    if (!commits.some((c) => c.revert?.sha))
        return { inactive, pairs };
    const bySha = new Map();
    for (const c of commits)
        bySha.set(c.sha, c);
    const find = (id) => {
        const exact = bySha.get(id);
        if (exact || id.length >= 40)
            return exact;
        const hits = commits.filter((c) => c.sha.startsWith(id));
        return hits.length === 1 ? hits[0] : undefined;
    };
    // What each active revert cancelled, so that reverting the revert can restore it.
    const undone = new Map();
    for (let i = commits.length - 1; i >= 0; i--) {
        const r = commits[i];
        const target = r.revert?.sha ? find(r.revert.sha) : undefined;
        if (!target || target.sha === r.sha)
            continue;
        if (!inactive.has(target.sha)) {
            inactive.add(target.sha);
            inactive.add(r.sha);
            undone.set(r.sha, target.sha);
            pairs.push({ revert: r.sha, reverted: target.sha });
        }
        else if (undone.has(target.sha)) {
            // Reverting a revert that had cancelled X: X counts again; this revert and the reverted revert do not.
            const restored = undone.get(target.sha);
            inactive.delete(restored);
            undone.delete(target.sha);
            inactive.add(r.sha);
            pairs.push({ revert: r.sha, reverted: target.sha });
        }
    }
    return { inactive, pairs };
}
/** The commits that count toward the release, each with its level. */
function selectReleaseCommits(commits, baseVersion, policy) {
    const { inactive, pairs } = cancelledByReverts(commits);
    const entries = [];
    for (const c of commits) {
        if (inactive.has(c.sha))
            continue;
        const level = commitBump(c, baseVersion, policy);
        if (level !== 'none')
            entries.push({ commit: c, level });
    }
    return { entries, cancelled: pairs };
}
function decideBump(commits, baseVersion, policy, maxDeciding = 10) {
    const countsByType = {};
    let breakingCount = 0;
    for (const c of commits) {
        const key = c.conventional ? c.type : NON_CONVENTIONAL;
        countsByType[key] = (countsByType[key] ?? 0) + 1;
        if (c.conventional && c.breaking)
            breakingCount++;
    }
    const { entries, cancelled } = selectReleaseCommits(commits, baseVersion, policy);
    let bump = 'none';
    for (const e of entries)
        if (core_version/* BUMP_RANK */.uM[e.level] > core_version/* BUMP_RANK */.uM[bump])
            bump = e.level;
    const top = entries.filter((e) => e.level === bump);
    const deciding = top.slice(0, maxDeciding).map(({ commit: c }) => ({ sha: c.sha, subject: c.subject, type: c.type, breaking: c.breaking }));
    return {
        bump,
        version: (0,core_version/* applyBump */.Pg)(baseVersion, bump),
        deciding,
        decidingTotal: top.length,
        countsByType,
        breakingCount,
        commits: commits.length,
        cancelled,
    };
}
/** Validates a release-types list: lower-cased word types; returns the problems found. */
function releaseTypesProblems(types) {
    return types.filter((t) => !/^[a-z][\w-]*$/.test(t)).map((t) => `"${t}", which is not a commit type (letters, digits, "_" and "-", starting with a letter)`);
}

;// CONCATENATED MODULE: ./src/versioning/settings.ts
/**
 * Settings shared by next-version, prerelease, changelog and plan: which tags and which commits make a
 * release (tag prefix, include-paths, components, versioning, release types, 0.x rule) and the version
 * file. Validated once, every problem reported by field (`Problems.add(field, …)`).
 */





/** The tag prefix of a component under independent versioning: its own, else `<name>-<tag-prefix>`. */
function componentTagPrefix(c, tagPrefix) {
    return c.tagPrefix ?? `${c.name}-${tagPrefix}`;
}
/** A repository-relative path or glob: no absolute path, no `..`. */
function relativeGlobProblem(p) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(p) || /^[A-Za-z]:/.test(p))
        return `"${p}" must be relative to the repository root.`;
    if (p.split(/[\\/]/).includes('..'))
        return `"${p}" must stay inside the repository (no "..").`;
    return undefined;
}
/** Validates the scope options (problems go to `p`; the caller throws them together). */
async function scopeSettings(opts, p) {
    const tagPrefix = opts.tagPrefix ?? 'v';
    const prefixProblem = (0,core_version/* tagPrefixProblem */.qp)(tagPrefix);
    if (prefixProblem)
        p.add('tag-prefix', prefixProblem.replace(/^"[^"]*" /, `("${tagPrefix}") `));
    const pre1 = opts.pre1 ?? 'minor';
    if (pre1 !== 'minor' && pre1 !== 'major')
        p.add('pre-1-0', `must be minor or major, got "${String(pre1)}".`);
    const versioning = opts.versioning ?? 'unified';
    if (versioning !== 'unified' && versioning !== 'independent')
        p.add('versioning', `must be unified or independent, got "${String(versioning)}".`);
    const releaseTypes = (opts.releaseTypes?.length ? opts.releaseTypes : [...DEFAULT_RELEASE_TYPES]).map((t) => t.trim().toLowerCase()).filter(Boolean);
    for (const x of releaseTypesProblems(releaseTypes))
        p.add('release-types', `has ${x}; use a comma-separated list such as feat,fix,perf.`);
    const includePaths = (opts.includePaths ?? []).map((x) => x.trim().replace(/^(\.\/)+/, '')).filter(Boolean);
    for (const ip of includePaths) {
        const problem = relativeGlobProblem(ip);
        if (problem)
            p.add('include-paths', `has ${problem}`);
    }
    let components = [];
    let pathFilter;
    const matchers = new Map();
    if ((opts.components && opts.components.trim() !== '') || includePaths.length) {
        const { parseComponents, ComponentMatcher } = await Promise.all(/* import() */[__nccwpck_require__.e(716), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2684));
        if (opts.components?.trim()) {
            try {
                components = parseComponents(opts.components);
            }
            catch (err) {
                if (!(err instanceof errors/* SettingsError */.GN))
                    throw err;
                p.include(err);
            }
        }
        for (const c of components) {
            manifestProblems(c, p);
            matchers.set(c, new ComponentMatcher(c));
        }
        if (includePaths.length)
            pathFilter = new ComponentMatcher({ name: 'include-paths', paths: includePaths, manifests: [] });
    }
    if (versioning === 'independent' && !opts.components?.trim()) {
        p.add('versioning', 'is independent but no {{components}} are configured; add components or use versioning: unified.');
    }
    if (versioning === 'independent' && includePaths.length) {
        p.add('include-paths', "applies to unified versioning; with versioning: independent each component's paths select its commits.");
    }
    return { tagPrefix, includePaths, ...(pathFilter ? { pathFilter } : {}), components, matchers, versioning, releaseTypes, pre1 };
}
function manifestProblems(c, p) {
    for (const m of c.manifests) {
        if (!m.versionPattern) {
            try {
                updaterFor(m.path);
            }
            catch {
                p.add('components', `(component "${c.name}"): manifest "${m.path}" has no known format (Cargo.toml, package.json, package-lock.json, pyproject.toml); give it as {path: ${m.path}, version-pattern: <regex with a capture group>}.`);
            }
            continue;
        }
        try {
            compileVersionPattern(m.versionPattern);
        }
        catch (err) {
            p.add('components', `(component "${c.name}"): the version-pattern of ${m.path} ${err.message}`);
        }
    }
}
/** Validates version-file / version-pattern (problems go to `p`). */
function versionFileSettings(cwd, file, pattern, p) {
    let versionFile;
    if (file) {
        versionFile = file.replace(/^(\.\/)+/, '');
        const rel = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(cwd), (0,external_node_path_namespaceObject.resolve)(cwd, versionFile));
        if ((0,external_node_path_namespaceObject.isAbsolute)(versionFile) || rel === '' || rel.split(external_node_path_namespaceObject.sep)[0] === '..')
            p.add('version-file', `("${file}") must be a file inside the repository (a path relative to {{path}}).`);
    }
    if (pattern) {
        try {
            compileVersionPattern(pattern);
        }
        catch (err) {
            p.add('version-pattern', err.message);
        }
        if (!versionFile)
            p.add('version-pattern', 'is set but {{version-file}} is not; set version-file to the file the pattern applies to.');
    }
    else if (versionFile) {
        try {
            updaterFor(versionFile);
        }
        catch (err) {
            p.add('version-file', `is of an ${err.message.replace(/^[^:]*: unknown/, 'unknown')}`);
        }
    }
    return { ...(versionFile ? { versionFile } : {}), ...(pattern ? { versionPattern: pattern } : {}) };
}

;// CONCATENATED MODULE: ./src/versioning/release-range.ts

/** The nearest strict candidate from `git describe`, skipping near-miss names (v1.2, v01.2.3) by name. */
async function describeCandidate(git, prefix, strict, first, exclude) {
    const p = (0,core_version/* escapeGlob */.yk)(prefix);
    for (let i = 0; i < 20; i++) {
        const found = await (i === 0 ? first : git.describeNearestTag(`${p}[0-9]*`, exclude));
        if (found === undefined || strict.has(found))
            return { candidate: found, resolved: true };
        exclude.push((0,core_version/* escapeGlob */.yk)(found));
    }
    return { candidate: undefined, resolved: false };
}
/**
 * The highest strict release tag reachable from HEAD for `prefix`. O(tail): `git describe` finds the nearest
 * strict candidate; only strict tags with a HIGHER version get an ancestry check (one query, or a few
 * `merge-base --is-ancestor`). `tagNames` is the full tag list (cheap: refs only). `skip` names tags that are
 * not a base (the release being regenerated).
 */
async function findBaseTag(git, prefix, tagNames, skip = []) {
    const p = (0,core_version/* escapeGlob */.yk)(prefix);
    // Candidates start with <prefix><digit>; prerelease (`-`) and build (`+`) tags are excluded by git already.
    const exclude = [`${p}*-*`, `${p}*+*`, ...skip.map(core_version/* escapeGlob */.yk)];
    // The first describe runs while the tag list is read.
    const firstDescribe = git.describeNearestTag(`${p}[0-9]*`, exclude);
    firstDescribe.catch(() => undefined);
    const strict = new Map();
    const tags = await tagNames;
    const targets = tags instanceof Map ? tags : undefined;
    for (const t of tags instanceof Map ? tags.keys() : tags) {
        const v = (0,core_version/* parseStrictTag */.xn)(t, prefix);
        if (v !== undefined && !skip.includes(t))
            strict.set(t, v);
    }
    if (strict.size === 0)
        return { unreachableHigher: [] };
    let { candidate, resolved } = await describeCandidate(git, prefix, strict, firstDescribe, exclude);
    if (!resolved) {
        // Many near-miss tags in the way: fall back to one reachability query over every strict tag.
        const merged = await git.tagsMergedInto([...strict.keys()]);
        candidate = [...merged].filter((t) => strict.has(t)).sort((a, b) => (0,core_version/* compareVersions */.Zy)(strict.get(b), strict.get(a)))[0];
    }
    const candidateVersion = candidate !== undefined ? strict.get(candidate) : undefined;
    // Every strict tag is compared with the candidate (strict comparison: no semver objects for thousands of
    // tags); the few higher ones are ordered by the semver library.
    const higher = [...strict.entries()]
        .filter(([, v]) => candidateVersion === undefined || (0,core_version/* compareStrictVersions */.W)(v, candidateVersion) > 0)
        .sort((a, b) => (0,core_version/* compareVersions */.Zy)(b[1], a[1]) || (a[0] < b[0] ? -1 : 1));
    const { best, unreachable } = await highestReachable(git, candidate !== undefined ? [candidate, candidateVersion] : undefined, higher);
    if (!best)
        return { unreachableHigher: unreachable };
    const sha = targets?.get(best[0]);
    return { tag: best[0], version: best[1], ...(sha ? { sha } : {}), unreachableHigher: unreachable };
}
/** The first reachable tag of `higher` (sorted highest first), else the candidate; and the unreachable ones. */
async function highestReachable(git, candidate, higher) {
    const unreachable = [];
    if (candidate === undefined) {
        // describe found no strict tag at all from HEAD: none is reachable.
        return { best: undefined, unreachable: higher.map(([t]) => t) };
    }
    if (higher.length === 0)
        return { best: candidate, unreachable };
    if (higher.length <= 4) {
        for (const h of higher) {
            if (await git.isAncestor(`refs/tags/${h[0]}`, 'HEAD'))
                return { best: h, unreachable };
            unreachable.push(h[0]);
        }
        return { best: candidate, unreachable };
    }
    const merged = await git.tagsMergedInto(higher.map(([t]) => t));
    for (const h of higher) {
        if (merged.has(h[0]))
            return { best: h, unreachable };
        unreachable.push(h[0]);
    }
    return { best: candidate, unreachable };
}
/** The highest strict release tag of the whole repository (no reachability check) and its commit. */
function highestStrictTag(tags, prefix, skip = []) {
    let best;
    for (const [tag, sha] of tags) {
        const v = (0,core_version/* parseStrictTag */.xn)(tag, prefix);
        if (v !== undefined && skip.includes(tag))
            continue;
        if (v !== undefined && (!best || (0,core_version/* compareStrictVersions */.W)(v, best.version) > 0))
            best = { tag, sha, version: v };
    }
    return best && { tag: best.tag, sha: best.sha };
}
/** Reads the commits since `base` (all of HEAD's history without one) and the base commit id, concurrently. */
function commitsSince(git, base, files, cache) {
    const key = `${base.tag ?? ''}\0${files}`;
    const hit = cache?.get(key);
    if (hit)
        return hit;
    const read = async () => {
        if (!base.tag)
            return { raw: await git.logCommits(['HEAD'], { files }) };
        // base.sha may name an annotated tag object: the range peels it, commitOf gives the commit.
        const ref = base.sha ?? `refs/tags/${base.tag}`;
        const [raw, sha] = await Promise.all([git.logCommits([`${ref}..HEAD`], { files }), git.commitOf(ref)]);
        return { raw, sha };
    };
    const p = read();
    cache?.set(key, p);
    return p;
}
/** Thrown from a stream callback when the speculated base turns out not to be reachable. */
class NotReachable extends Error {
}
/**
 * Streams the release range oldest first, each commit (before the path filter) to `onCommit`, in ONE walk in
 * the usual case: the repository's highest strict tag H is the base exactly when it is reachable from HEAD, and
 * `git log --boundary --reverse H..HEAD` says so in its first records (H's commit is a boundary commit exactly
 * when H is an ancestor of HEAD). Otherwise (H on another branch, HEAD at H) the base is searched with
 * findBaseTag and the range read again. Resolves with the base.
 */
async function streamReleaseRange(git, q, onCommit) {
    const tags = await q.tags;
    const h = highestStrictTag(tags, q.prefix, q.skip);
    const opts = { files: q.files, reverse: true, tags: q.decorations !== false };
    if (h) {
        const [commit, head] = (await git.text(['rev-parse', `${h.sha}^{commit}`, 'HEAD'])).split('\n');
        const boundary = new Set();
        let confirmed = false;
        try {
            await git.streamCommits([`${h.sha}..HEAD`], { ...opts, boundary: true }, (c) => {
                if (c.boundary) {
                    boundary.add(c.sha);
                    return;
                }
                if (!confirmed && !boundary.has(commit))
                    throw new NotReachable();
                confirmed = true;
                onCommit(c);
            });
            if (confirmed || commit === head || boundary.has(commit)) {
                return { base: { tag: h.tag, version: (0,core_version/* parseStrictTag */.xn)(h.tag, q.prefix), sha: h.sha, unreachableHigher: [] }, baseSha: commit };
            }
        }
        catch (err) {
            if (!(err instanceof NotReachable))
                throw err;
        }
    }
    const base = await findBaseTag(git, q.prefix, tags, q.skip);
    const ref = base.tag ? (base.sha ?? `refs/tags/${base.tag}`) : undefined;
    const [, sha] = await Promise.all([git.streamCommits(ref ? [`${ref}..HEAD`] : ['HEAD'], opts, onCommit), ref ? git.commitOf(ref) : undefined]);
    return { base, ...(sha ? { baseSha: sha } : {}) };
}
/**
 * The release range for one tag line: base tag + commits since, newest first (see streamReleaseRange). With a
 * cache (many components), the base is searched first so components with the same base share one log.
 */
async function readReleaseRange(git, q) {
    let range;
    if (q.cache) {
        const base = await findBaseTag(git, q.prefix, q.tags, q.skip);
        const { raw, sha } = await commitsSince(git, base, q.files, q.cache);
        range = { base, ...(sha ? { baseSha: sha } : {}), all: raw };
    }
    else {
        const all = [];
        const { base, baseSha } = await streamReleaseRange(git, q, (c) => all.push(c));
        range = { base, ...(baseSha ? { baseSha } : {}), all: all.reverse() };
    }
    const raw = q.paths ? range.all.filter((r) => r.files && q.paths.matchesAny(r.files)) : range.all;
    return { ...range, raw };
}
/** Prerelease tags of `prefix` on the commits of a range, highest first (ignored: never a base). */
function prereleaseTagsIn(commits, prefix) {
    const out = [];
    for (const c of commits)
        for (const t of c.tags ?? [])
            if ((0,core_version/* parsePrereleaseTag */.A)(t, prefix) !== undefined)
                out.push(t);
    return out.sort((a, b) => (0,core_version/* compareVersions */.Zy)((0,core_version/* parsePrereleaseTag */.A)(b, prefix), (0,core_version/* parsePrereleaseTag */.A)(a, prefix)));
}

;// CONCATENATED MODULE: ./src/versioning/strategies.ts
/**
 * The two versioning strategies behind one interface:
 * - UnifiedVersioning: one tag line (`<tag-prefix>X.Y.Z`), one version; components only say which
 *   manifests change; include-paths limits the commits that count (one package of many);
 * - IndependentVersioning: one tag line per component (`<name>-<tag-prefix>` or the component's own
 *   `tag-prefix`), each with its own base, commits and bump.
 * A strategy proposes lines; next-version guards them (lift, existing tags) and then builds the result.
 */







function shallowError(cwd) {
    return new errors/* RelforgeError */.fY(`${cwd} is a shallow clone and no release tag is reachable from HEAD, so the commits since the last release cannot be read. ` +
        'Fetch the full history and tags: actions/checkout with "fetch-depth: 0" (or run "git fetch --unshallow --tags").');
}
const SHALLOW_WARNING = 'This is a shallow clone: release tags beyond the fetched history are invisible. Use fetch-depth: 0.';
/** Why a line has its version, in one sentence. */
function reasonOf(d, baseLabel, lifted) {
    let text;
    if (d.bump === 'none')
        text = `no commit since ${baseLabel} releases (${d.commits} commit(s): only non-releasing types or non-conventional messages)`;
    else {
        const what = d.bump === 'major' ? 'breaking change' : d.bump === 'minor' ? 'feat commit' : 'releasing commit';
        text = `${d.bump}: ${d.decidingTotal} ${what}(s) since ${baseLabel}`;
    }
    if (lifted)
        text += `; lifted from ${lifted.from} to ${lifted.to}, because the prerelease ${lifted.above} is reachable from HEAD and a stable release must not sort below it`;
    return text;
}
const decidingOf = (d) => d.deciding;
class UnifiedVersioning {
    s;
    constructor(s) {
        this.s = s;
    }
    prefixes() {
        return [this.s.tagPrefix];
    }
    async propose(git, tags, probe) {
        const s = this.s;
        const files = s.components.length > 0 || !!s.pathFilter;
        const range = await readReleaseRange(git, { prefix: s.tagPrefix, tags, files, ...(s.pathFilter ? { paths: s.pathFilter } : {}) });
        const { shallow } = await probe;
        if (!range.base.tag && shallow)
            throw shallowError(s.cwd);
        let previous = range.base.version ?? '0.0.0';
        let baseSource = range.base.tag ? 'tag' : 'none';
        if (!range.base.tag && s.versionFile) {
            previous = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
            baseSource = 'version-file';
        }
        const decision = decideBump(classifyCommits(range.raw), previous, s);
        const changed = s.components.filter((c) => range.raw.some((r) => r.files && s.matchers.get(c).matchesAny(r.files)));
        const line = { prefix: s.tagPrefix, previous, version: decision.version, bump: decision.bump, manifests: changed.flatMap((c) => c.manifests) };
        const baseLabel = range.base.tag ?? (baseSource === 'version-file' ? `the start (version file: ${previous})` : 'the start of history');
        return {
            lines: [line],
            warnings: shallow ? [SHALLOW_WARNING] : [],
            result: (head) => this.result(range, decision, line, { baseSource, baseLabel, changed, head }),
        };
    }
    result(range, decision, line, x) {
        const s = this.s;
        const components = s.components.map((c) => {
            const touched = x.changed.includes(c);
            const bump = touched ? line.bump : 'none';
            const version = bump === 'none' ? line.previous : line.version;
            return { name: c.name, previous: line.previous, version, bump, tag: (0,core_version/* formatTag */._3)(s.tagPrefix, version), manifests: c.manifests.map((m) => m.path) };
        });
        return {
            version: line.version,
            tag: (0,core_version/* formatTag */._3)(s.tagPrefix, line.version),
            previousVersion: line.previous,
            ...(range.base.tag ? { previousTag: range.base.tag, ...(range.baseSha ? { baseSha: range.baseSha } : {}) } : {}),
            bump: line.bump,
            released: line.bump !== 'none',
            commits: decision.commits,
            changedComponents: x.changed.map((c) => c.name),
            components,
            ignoredPrereleaseTags: prereleaseTagsIn(range.all, s.tagPrefix),
            deciding: decidingOf(decision),
            decidingTotal: decision.decidingTotal,
            countsByType: decision.countsByType,
            breakingCount: decision.breakingCount,
            cancelledReverts: decision.cancelled,
            reason: reasonOf(decision, x.baseLabel, line.lifted),
            ...(line.lifted ? { lifted: line.lifted } : {}),
            baseSource: x.baseSource,
            unreachableHigherTags: range.base.unreachableHigher,
            versioning: 'unified',
            ...(s.includePaths.length ? { includePaths: s.includePaths } : {}),
            headSha: x.head,
        };
    }
}
class IndependentVersioning {
    s;
    constructor(s) {
        this.s = s;
    }
    prefixes() {
        return this.s.components.map((c) => componentTagPrefix(c, this.s.tagPrefix));
    }
    async propose(git, tags, probe) {
        const s = this.s;
        // Every component's range is read concurrently; components with the same base share one git log.
        const cache = new Map();
        const outcomes = await Promise.all(s.components.map(async (c) => {
            const prefix = componentTagPrefix(c, s.tagPrefix);
            const range = await readReleaseRange(git, { prefix, tags, files: true, paths: s.matchers.get(c), cache });
            return this.outcome(c, prefix, range);
        }));
        const { shallow } = await probe;
        if (shallow && outcomes.some((o) => !o.range.base.tag))
            throw shallowError(s.cwd);
        return { lines: outcomes.map((o) => o.line), warnings: shallow ? [SHALLOW_WARNING] : [], result: (head) => this.result(outcomes, head) };
    }
    outcome(c, prefix, range) {
        const s = this.s;
        let previous = range.base.version ?? '0.0.0';
        if (!range.base.tag && c.manifests[0]) {
            const first = c.manifests[0];
            previous = readVersionFile(s.cwd, first.path, first.versionPattern, { field: 'components', label: `(component "${c.name}"): manifest` });
        }
        const decision = decideBump(classifyCommits(range.raw), previous, s);
        const line = { prefix, previous, version: decision.version, bump: decision.bump, manifests: c.manifests, component: c };
        return { line, decision, range };
    }
    result(outcomes, head) {
        const s = this.s;
        const counts = {};
        const deciding = [];
        const seen = new Set();
        const ignored = new Set();
        let overall = 'none';
        let breakingCount = 0;
        const components = outcomes.map(({ line, decision, range }) => {
            for (const r of range.raw)
                seen.add(r.sha);
            for (const [k, v] of Object.entries(decision.countsByType))
                counts[k] = (counts[k] ?? 0) + v;
            for (const t of prereleaseTagsIn(range.all, line.prefix))
                ignored.add(t);
            breakingCount += decision.breakingCount;
            overall = (0,core_version/* maxBump */.fX)(overall, line.bump);
            for (const d of decision.deciding)
                if (!deciding.some((x) => x.sha === d.sha))
                    deciding.push(d);
            const name = line.component.name;
            const reason = reasonOf(decision, range.base.tag ?? 'the start of history', line.lifted);
            return {
                name,
                previous: line.previous,
                version: line.version,
                bump: line.bump,
                tag: (0,core_version/* formatTag */._3)(line.prefix, line.version),
                manifests: line.manifests.map((m) => m.path),
                ...(range.base.tag ? { previousTag: range.base.tag } : {}),
                commits: range.raw.length,
                reason,
                ...(line.lifted ? { lifted: line.lifted } : {}),
            };
        });
        const releasing = components.filter((c) => c.bump !== 'none');
        const single = releasing.length === 1 ? releasing[0] : undefined;
        return {
            // One repository-wide version does not exist here; when exactly one component releases, it is that one.
            version: single?.version ?? '',
            tag: single?.tag ?? '',
            previousVersion: single?.previous ?? '',
            ...(single?.previousTag ? { previousTag: single.previousTag } : {}),
            bump: overall,
            released: overall !== 'none',
            commits: seen.size,
            changedComponents: outcomes.filter((o) => o.range.raw.length).map((o) => o.line.component.name),
            components,
            ignoredPrereleaseTags: [...ignored],
            deciding: deciding.slice(0, 10),
            countsByType: counts,
            breakingCount,
            reason: releasing.length ? releasing.map((c) => `${c.name} ${c.reason}`).join('; ') : 'no component has a releasing commit since its base',
            ...(single?.lifted ? { lifted: single.lifted } : {}),
            unreachableHigherTags: outcomes.flatMap((o) => o.range.base.unreachableHigher),
            versioning: 'independent',
            headSha: head,
        };
    }
}

;// CONCATENATED MODULE: ./src/versioning/next-version.ts
/**
 * next-version: the release plan from Conventional Commits and release tags.
 *
 * Settings are validated by field (settings.ts); a versioning strategy (strategies.ts: unified or independent)
 * proposes one version per tag line from the release ranges (release-range.ts); the guards (guards.ts) lift a
 * stable version above reachable prereleases and refuse a tag that exists already; with `write`, manifests
 * and their lock files are rewritten all-or-nothing (manifest-writes.ts).
 */












/** Validates options into settings, reporting every problem at once (each names the option and the fix). */
async function nextVersionSettings(opts) {
    const p = new errors/* Problems */.Zw();
    const scope = await scopeSettings(opts, p);
    const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
    p.throwIfAny();
    return { ...scope, ...vf, cwd: (0,external_node_path_namespaceObject.resolve)(opts.cwd), write: !!opts.write, prefixMismatch: opts.prefixMismatch ?? 'fail', planFiles: !!opts.planFiles };
}
/** Computes the next version (and, with `write`, rewrites manifests all-or-nothing). */
async function computeNextVersion(opts) {
    const s = await nextVersionSettings(opts);
    if (!(0,external_node_fs_namespaceObject.existsSync)(s.cwd))
        throw (0,errors/* fieldError */.$i)('path', `(${s.cwd}) does not exist.`);
    const git = new Git(s.cwd);
    // Concurrently: repository facts and the tag list (refs only); the strategy starts its base search at once.
    const probeP = git.probe();
    const tagsP = git.tagTargets();
    tagsP.catch(() => undefined);
    const strategy = s.versioning === 'unified' ? new UnifiedVersioning(s) : new IndependentVersioning(s);
    const outcomeP = strategy.propose(git, tagsP, probeP);
    outcomeP.catch(() => undefined);
    const { head } = await probeP;
    if (!head)
        throw new errors/* RelforgeError */.fY(`${s.cwd}: the current branch has no commits yet; commit something before computing a version.`);
    const tags = await tagsP;
    const warnings = [];
    const mismatch = prefixMismatch(tags.keys(), strategy.prefixes(), s.prefixMismatch);
    if (mismatch)
        warnings.push(mismatch);
    const outcome = await outcomeP;
    warnings.push(...outcome.warnings);
    for (const line of outcome.lines)
        await guardLine(git, tags, line);
    const result = outcome.result(head);
    const targets = writeTargets(s, outcome.lines);
    const written = s.write && targets.length ? writeManifests(s.cwd, targets) : [];
    const planned = s.planFiles && targets.length ? plannedPaths(s.cwd, planManifestWrites(s.cwd, targets)) : s.planFiles ? [] : undefined;
    return { ...result, written, ...(planned ? { plannedFiles: planned } : {}), warnings, tagPrefix: s.tagPrefix };
}
/** Lifts a releasing line above reachable prereleases, then refuses a tag that exists already. */
async function guardLine(git, tags, line) {
    if (line.bump === 'none')
        return;
    const lift = await liftAbovePrereleases(git, tags, line.prefix, line.version);
    if (lift) {
        line.lifted = lift;
        line.version = lift.to;
    }
    await refuseExistingTag(git, tags, (0,core_version/* formatTag */._3)(line.prefix, line.version), line.component ? `Component "${line.component.name}": the proposed tag` : 'The proposed tag', line.lifted);
}
/** The files a write changes: per releasing line, its manifests (and, unified, the version file). */
function writeTargets(s, lines) {
    const targets = [];
    for (const line of lines) {
        if (line.bump === 'none')
            continue;
        if (!line.component && s.versionFile)
            targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version: line.version });
        for (const m of line.manifests)
            targets.push({ path: m.path, versionPattern: m.versionPattern, version: line.version });
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/versioning/core/prerelease-tags.ts
/**
 * Tag-only prereleases as data (no I/O): `<prefix><base>-<channel>.<N>` numbering and the reuse rules.
 *
 * N = 1 + the highest existing N for the same base and channel (SemVer-numeric, so .10 follows .9), over
 * local and remote tags together. A re-run on a commit that already carries a `<base>-<channel>.*` tag
 * reuses it (N does not grow). An explicit N on another commit is refused unless forced. Run numbers
 * are never consulted (forges.md §11): they are per-workflow on GitHub, repo-wide on Gitea, "1" in act.
 * A new prerelease never sorts below an existing prerelease of the same version (alpha after beta.3, beta
 * after rc.5): it is refused, naming the tag that is higher.
 * Problem texts continue after the option's name (`must be …`); the caller reports them by field.
 */

/** A refused prerelease (the message says why and what to do). */
class PrereleaseRefused extends Error {
    constructor(message) {
        super(message);
        this.name = 'PrereleaseRefused';
    }
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The N of `<prefix><base>-<channel>.<N>` (SemVer numeric: no leading zeros), or undefined. */
function prereleaseNumberOf(tag, prefix, base, channel) {
    const m = new RegExp(`^${escapeRegex(prefix)}${escapeRegex(base)}-${escapeRegex(channel)}\\.(0|[1-9][0-9]*)$`).exec(tag);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** Problems with a channel identifier (SemVer prerelease identifier rules), or undefined. */
function channelProblem(channel) {
    if (!(0,core_version/* isValidChannel */.i)(channel)) {
        return `must be a prerelease identifier of letters, digits and "-" (e.g. beta, rc, nightly), got "${channel}".`;
    }
    if (channel.toLowerCase() === 'stable') {
        return 'is "stable", which is not a prerelease channel; stable releases go through next-version, changelog and release-commit.';
    }
    if (/^[0-9]+$/.test(channel)) {
        return `is numeric ("${channel}"); use a name such as beta or rc (a numeric channel would compare as a number).`;
    }
    return undefined;
}
/** Parses the `number` option: `auto` or a positive integer (no sign, no leading zeros); a string is a problem. */
function parsePrereleaseNumber(raw) {
    const v = raw.trim();
    if (v === '' || v === 'auto')
        return 'auto';
    if (!/^[1-9][0-9]*$/.test(v) || !Number.isSafeInteger(Number(v))) {
        return { problem: `must be "auto" or a positive integer such as 3 (no sign, no leading zeros), got "${raw}".` };
    }
    return Number(v);
}
/** Problems with an explicit base version, or undefined. */
function baseVersionProblem(base) {
    if ((0,core_version/* isStrictVersion */.aK)(base))
        return undefined;
    if ((0,core_version/* isSemver */.nN)(base))
        return `"${base}" has a prerelease or build part; give the plain release version the beta leads to (e.g. 0.4.0).`;
    return `must be "next", "manifest" or a version MAJOR.MINOR.PATCH (e.g. 0.4.0), got "${base}".`;
}
/** Decides the tag for this prerelease. Throws PrereleaseRefused with an actionable message. */
function planPrerelease(input) {
    const { prefix, base, channel, head } = input;
    const numbered = input.tags
        .map((t) => ({ ...t, n: prereleaseNumberOf(t.name, prefix, base, channel) }))
        .filter((t) => t.n !== undefined);
    const make = (n) => ({ tag: `${prefix}${base}-${channel}.${n}`, version: `${base}-${channel}.${n}`, number: n });
    let plan;
    if (input.number === 'auto') {
        const onHead = numbered.filter((t) => t.commit === head).sort((a, b) => b.n - a.n)[0];
        if (onHead)
            return { ...make(onHead.n), action: 'reuse' };
        plan = { ...make(numbered.reduce((m, t) => Math.max(m, t.n), 0) + 1), action: 'create' };
    }
    else {
        const want = make(input.number);
        const existing = numbered.find((t) => t.n === input.number);
        if (existing?.commit === head)
            return { ...want, action: 'reuse' };
        if (existing && !input.force) {
            throw new PrereleaseRefused(`Tag ${want.tag} already exists on commit ${existing.commit.slice(0, 12)}, not on HEAD (${head.slice(0, 12)}). ` +
                'Use number: auto (next free number), pick another number, or set force: true to move the tag.');
        }
        plan = existing ? { ...want, action: 'move', previousCommit: existing.commit } : { ...want, action: 'create' };
    }
    const higher = highestAbove(input.tags, prefix, plan.version);
    if (higher) {
        throw new PrereleaseRefused(`${plan.tag} would sort below the existing prerelease ${higher} (SemVer orders ${channel} before ${higher.slice(prefix.length + base.length + 1).split('.')[0]}), ` +
            `so updaters that already run ${higher} would never take it. Use that channel (or a later one), or a higher base version. Nothing was tagged.`);
    }
    return plan;
}
/** The highest existing prerelease tag of the same prefix that sorts above `version`, if any. */
function highestAbove(tags, prefix, version) {
    let best;
    for (const t of tags) {
        const v = (0,core_version/* parsePrereleaseTag */.A)(t.name, prefix);
        if (v === undefined || (0,core_version/* compareVersions */.Zy)(v, version) <= 0)
            continue;
        if (!best || (0,core_version/* compareVersions */.Zy)(v, best.v) > 0)
            best = { tag: t.name, v };
    }
    return best?.tag;
}

;// CONCATENATED MODULE: ./src/versioning/prerelease.ts
/**
 * cutPrerelease: tag HEAD with an annotated `<prefix><base>-<channel>.<N>` and push only that tag.
 * No commit, no changelog. Re-runs on the same commit reuse the tag. With `write`, the version file /
 * changed manifests are rewritten in the work tree to the prerelease version (never committed or pushed) so
 * the build reports it.
 *
 * Refused, before anything is created: a HEAD that already is a release (it carries a strict release tag), a
 * base that is already released, and a prerelease that would sort below an existing prerelease of the same
 * version (alpha after beta.3). A concurrent run taking the same auto number between our listing and our
 * push is met with retry(): re-list, take the next number.
 */











async function prereleaseSettings(opts) {
    const p = new errors/* Problems */.Zw();
    const channel = opts.channel ?? 'beta';
    const prefix = opts.tagPrefix ?? 'v';
    const baseInput = (opts.base ?? 'next').trim() || 'next';
    const remote = opts.remote ?? 'origin';
    const doPush = opts.push ?? true;
    const cp = channelProblem(channel);
    if (cp)
        p.add('channel', cp);
    if (baseInput !== 'next' && baseInput !== 'manifest') {
        const bp = baseVersionProblem(baseInput.replace(/^v(?=\d)/, ''));
        if (bp)
            p.add('base', bp);
    }
    if (baseInput === 'manifest' && !opts.versionFile)
        p.add('base', 'is "manifest", which needs {{version-file}} (e.g. package.json or Cargo.toml).');
    const number = parsePrereleaseNumber(String(opts.number ?? 'auto'));
    if (typeof number === 'object')
        p.add('number', number.problem);
    const rp = remoteNameProblem(remote);
    if (doPush && rp)
        p.add('remote', rp);
    // scopeSettings checks tag-prefix (once, for the prerelease tag and next-version alike).
    const scope = await scopeSettings({ ...opts.nextVersion, tagPrefix: prefix }, p);
    const vf = versionFileSettings(opts.cwd, opts.versionFile, opts.versionPattern, p);
    p.throwIfAny();
    const rawComponents = opts.nextVersion?.components;
    return { cwd: (0,external_node_path_namespaceObject.resolve)(opts.cwd), channel, prefix, baseInput, number: number, remote, doPush, ...vf, scope, ...(rawComponents ? { rawComponents } : {}) };
}
/** A commit that already is a release gets no prerelease: it would come after its own release. */
async function refuseReleasedHead(git, prefix) {
    const onHead = (await git.text(['tag', '--points-at', 'HEAD'])).split('\n').filter((t) => t && (0,core_version/* parseStrictTag */.xn)(t, prefix) !== undefined);
    if (!onHead.length)
        return;
    throw new errors/* RelforgeError */.fY(`HEAD is already the release ${onHead.join(', ')}: a prerelease of this commit would be the same code under a lower version. ` +
        `Nothing was tagged. Commit the next change first (a prerelease is what comes after ${onHead[0]}), or run the stable release for a new version.`);
}
async function resolveBase(s, notes) {
    const all = s.scope.components;
    if (s.baseInput === 'manifest') {
        const base = readVersionFile(s.cwd, s.versionFile, s.versionPattern);
        if (!(0,core_version/* isStrictVersion */.aK)(base))
            throw (0,errors/* fieldError */.$i)('version-file', `("${s.versionFile}") declares ${base}; base: manifest needs a plain MAJOR.MINOR.PATCH version there.`);
        return { base, baseSource: 'manifest', prefix: s.prefix, writeComponents: all };
    }
    if (s.baseInput !== 'next')
        return { base: s.baseInput.replace(/^v(?=\d)/, ''), baseSource: 'explicit', prefix: s.prefix, writeComponents: all };
    const { versioning, releaseTypes, pre1, includePaths } = s.scope;
    const nv = await computeNextVersion({
        cwd: s.cwd,
        tagPrefix: s.prefix,
        versionFile: s.versionFile,
        versionPattern: s.versionPattern,
        versioning,
        releaseTypes,
        pre1,
        includePaths,
        ...(s.rawComponents ? { components: s.rawComponents } : {}),
        prefixMismatch: 'warn',
    });
    for (const w of nv.warnings ?? [])
        notes.push(w);
    let base = nv.version;
    let prefix = s.prefix;
    let writeComponents = all.filter((c) => nv.changedComponents.includes(c.name));
    if (versioning === 'independent') {
        const releasing = nv.components.filter((c) => c.bump !== 'none');
        if (releasing.length !== 1) {
            throw new errors/* RelforgeError */.fY(`With versioning: independent a prerelease is cut for one component, but ${releasing.length} release (${releasing.map((c) => c.name).join(', ') || 'none'}). ` +
                'Give base: X.Y.Z and the component\'s own tag-prefix, or release the components one at a time.');
        }
        const c = all.find((x) => x.name === releasing[0].name);
        prefix = componentTagPrefix(c, s.prefix);
        writeComponents = [c];
    }
    if (!nv.released || !(0,core_version/* isStrictVersion */.aK)(base)) {
        // Nothing releasable since the last release: a beta of that same version would sort BELOW it.
        const from = (0,core_version/* isStrictVersion */.aK)(nv.previousVersion) ? nv.previousVersion : base.replace(/-.*$/, '');
        base = (0,core_version/* applyBump */.Pg)(from, 'patch');
        notes.push(`No releasable commits since ${nv.previousTag ?? 'the start'}; the prerelease leads to the next patch, ${base}.`);
    }
    return { base, baseSource: 'next', prefix, next: nv, writeComponents };
}
/** Tags of this base (any prerelease channel, plus the stable tag), local and remote, by full ref. */
async function baseTags(git, s, prefix, base, access, notes) {
    const patterns = [`refs/tags/${(0,core_version/* escapeGlob */.yk)(`${prefix}${base}-`)}*`, `refs/tags/${(0,core_version/* escapeGlob */.yk)(`${prefix}${base}`)}`];
    const local = await git.localTags(patterns);
    let remote = new Map();
    if (access)
        remote = await lsRemote(git, access, patterns);
    else if ((await git.run(['remote', 'get-url', s.remote], { allowFailure: true })).code === 0) {
        try {
            remote = await lsRemote(git, await remoteAccess(git, s.remote, undefined, { needPush: false }), patterns);
        }
        catch (err) {
            notes.push(`Remote tags not checked (${err.message.split('\n')[0]}); numbering uses local tags only.`);
        }
    }
    return { patterns, local, remote };
}
/** Local and remote tags of this base as TagRefs (the remote's commit wins), the stable tag left out. */
function mergedTags(local, remote, stableRef) {
    const merged = new Map([...local, ...remote]);
    return [...merged].filter(([ref]) => ref !== stableRef).map(([ref, commit]) => ({ name: ref.slice('refs/tags/'.length), commit }));
}
/** The files `write` rewrites: the version file and the manifests of the components that change. */
function prereleaseTargets(s, r, version) {
    const targets = [];
    if (s.versionFile && s.scope.versioning === 'unified')
        targets.push({ path: s.versionFile, versionPattern: s.versionPattern, version });
    for (const c of r.writeComponents)
        for (const m of c.manifests)
            targets.push({ path: m.path, versionPattern: m.versionPattern, version });
    return targets;
}
async function cutPrerelease(opts) {
    const s = await prereleaseSettings(opts);
    const git = new Git(s.cwd);
    await git.assertRepository();
    const head = await git.headCommit();
    if (!head)
        throw new errors/* RelforgeError */.fY(`${s.cwd}: the current branch has no commits yet; commit something before cutting a prerelease.`);
    await refuseReleasedHead(git, s.prefix);
    // Credentials are checked before anything is created.
    const access = s.doPush ? await remoteAccess(git, s.remote, opts.token, { needPush: true }) : undefined;
    const notes = [];
    const r = await resolveBase(s, notes);
    if (r.prefix !== s.prefix)
        await refuseReleasedHead(git, r.prefix);
    const { base, prefix } = r;
    const tags = await baseTags(git, s, prefix, base, access, notes);
    const stableRef = `refs/tags/${prefix}${base}`;
    if (tags.local.has(stableRef) || tags.remote.has(stableRef)) {
        throw (0,errors/* fieldError */.$i)('base', `gives ${base}, but ${prefix}${base} is already released, so ${base}-${s.channel}.N would sort below it. Use base: next (the version after the last release) or an explicit higher base.`);
    }
    const existing = mergedTags(tags.local, tags.remote, stableRef).map((t) => t.name).sort((a, b) => (a < b ? 1 : -1));
    // The files `write` would change are read and checked before anything is tagged.
    const targets = opts.write ? prereleaseTargets(s, r, `${base}-${s.channel}.0`) : [];
    if (targets.length)
        planManifestWrites(s.cwd, targets);
    const id = opts.dryRun ? undefined : await resolveIdentity(git, opts.identity);
    const result = await tagAndPush({ git, s, head, prefix, base, tags, stableRef, access, id, dryRun: !!opts.dryRun, force: !!opts.force, notes });
    const finalTargets = targets.map((t) => ({ ...t, version: result.version }));
    const files = !finalTargets.length ? [] : opts.dryRun ? plannedFiles(s.cwd, finalTargets) : writeManifests(s.cwd, finalTargets);
    return { ...result, base, baseSource: r.baseSource, channel: s.channel, notes, files, existing, ...(r.next ? { next: r.next } : {}) };
}
function plannedFiles(cwd, targets) {
    return plannedPaths(cwd, planManifestWrites(cwd, targets));
}
/**
 * Plans the number, creates the annotated tag and pushes only it. A concurrent dispatch may push the same
 * auto-numbered tag between our listing and our push: then retry() re-reads the remote and takes the next
 * number, instead of failing or overwriting theirs.
 */
async function tagAndPush(x) {
    const { git, s, head, tags } = x;
    return retry(async () => {
        let plan;
        try {
            plan = planPrerelease({ prefix: x.prefix, base: x.base, channel: s.channel, number: s.number, head, tags: mergedTags(tags.local, tags.remote, x.stableRef), force: x.force });
        }
        catch (err) {
            if (err instanceof PrereleaseRefused)
                throw new errors/* RelforgeError */.fY(err.message);
            throw err;
        }
        const result = { version: plan.version, tag: plan.tag, number: plan.number, prerelease: true, reused: plan.action === 'reuse', pushed: false, dryRun: x.dryRun, commit: head, action: plan.action };
        if (x.dryRun)
            return { done: result };
        const ref = `refs/tags/${plan.tag}`;
        const localCommit = tags.local.get(ref);
        const remoteCommit = tags.remote.get(ref);
        if (plan.action === 'reuse' && localCommit === undefined && x.access) {
            // Made by an earlier run and pushed: fetch it so later steps see it locally.
            await git.run(['fetch', '--no-tags', '--', s.remote, `+${ref}:${ref}`], { env: x.access.env });
        }
        else if (plan.action !== 'reuse' || localCommit !== head) {
            const args = ['tag', '--annotate', '--no-sign', '--message', `Prerelease ${plan.version}`];
            if (plan.action === 'move' || localCommit !== undefined)
                args.push('--force');
            await git.run([...args, '--', plan.tag, head], { env: identityEnv(x.id) });
        }
        if (!x.access || remoteCommit === head)
            return { done: result };
        const spec = plan.action === 'move' || remoteCommit !== undefined ? `+${ref}:${ref}` : `${ref}:${ref}`;
        try {
            await push(git, x.access, [spec], { what: `tag ${plan.tag}` });
        }
        catch (err) {
            const now = s.number === 'auto' && plan.action === 'create' ? await lsRemote(git, x.access, tags.patterns) : undefined;
            const taken = now?.get(ref);
            // Any other failure keeps the local tag: a re-run on this commit reuses it and pushes again.
            if (taken === undefined || taken === head)
                throw err;
            await git.run(['tag', '--delete', plan.tag], { allowFailure: true });
            tags.local.delete(ref);
            tags.remote = now;
            x.notes.push(`${plan.tag} was pushed by a concurrent run (commit ${taken.slice(0, 12)}) meanwhile; took the next number.`);
            return { retry: `${plan.tag} taken by a concurrent run`, delayMs: 0, exhausted: () => { throw err; } };
        }
        return { done: { ...result, pushed: true } };
    }, { attempts: 3, baseDelayMs: 0 });
}
/** Markdown for the step summary: the tag, its base and why. */
function renderPrereleaseSummary(res) {
    const rows = [
        ['version', `\`${res.version}\``],
        ['commit', `\`${res.commit}\``],
        ['leads to', `${res.base} (${res.baseSource})`],
        ['number', `${res.number}${res.existing.length ? ` (existing: ${res.existing.slice(0, 5).join(', ')})` : ''}`],
        ['reused', String(res.reused)],
        ['pushed', String(res.pushed)],
    ];
    if (res.next) {
        rows.push(['base tag', res.next.previousTag ?? '(none)'], ['why', res.next.reason]);
        if (res.next.ignoredPrereleaseTags.length)
            rows.push(['ignored prerelease tags', res.next.ignoredPrereleaseTags.slice(0, 10).join(', ')]);
    }
    if (res.files.length)
        rows.push(['rewritten (not committed)', res.files.map((f) => `\`${f}\``).join(', ')]);
    const table = rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`).join('\n');
    return `## Prerelease ${res.tag}${res.dryRun ? ' (dry run)' : ''}\n\n| | |\n|---|---|\n${table}\n${res.notes.length ? `\n${res.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}

;// CONCATENATED MODULE: ./src/versioning/options.ts
/**
 * Option schemas of the versioning operations (src/platform/options.ts): each option is declared here
 * once and shared by every operation that takes it (same name, same flag, same text), so next-version,
 * prerelease, changelog, release-commit and plan speak one vocabulary. actions/<name>/action.yml, the CLI
 * flags and usage, and the docs tables follow from these schemas.
 */

/** `none` → no prefix (an empty action input means "the default", so "no prefix" needs a word). */
function prefixOption(value) {
    if (value === undefined)
        return 'v';
    return value.trim() === 'none' ? '' : value.trim();
}
// --- options shared across the versioning operations ---
const path = stringDefault('.', 'Repository directory (check it out with fetch-depth 0 so tags and history are present).', 'DIR');
const tagPrefix = stringDefault('v', 'Release tags are exactly "<prefix>MAJOR.MINOR.PATCH" (no leading zeros, prerelease or build part); every other tag is ignored. ' +
    'Any characters valid in a git tag (v, api-v, create-vite@, @scope/api-v); "none" for tags without a prefix (1.2.3).', 'PREFIX');
const versionFile = stringOption('Cargo.toml, package.json, pyproject.toml, or any file with "version-pattern". Its version is the base when no release tag exists; rewritten when "write" is true.', 'FILE');
const versionPattern = stringOption('Regular expression (multi-line) with a capture group around the version (named "version" or the first group), for a version-file of another format.', 'REGEX');
const pre1 = choiceOption('minor', ['minor', 'major'], 'While the base major is 0, a breaking change bumps the minor version ("minor") or goes to 1.0.0 ("major").');
const releaseTypes = {
    type: 'list',
    default: 'feat,fix,perf',
    description: 'Commit types that release (comma or newline separated). feat bumps minor, the others patch; breaking changes always release. The release notes list exactly the commits that release.',
    cli: { metavar: 'TYPES' },
};
const includePaths = {
    type: 'list',
    separator: 'lines',
    description: 'One package of many with unified versioning: only commits touching these paths count (one glob per line, e.g. packages/create-vite/**).',
    cli: { metavar: 'GLOB', aliases: ['include-path'] },
};
const components = {
    type: 'string',
    description: 'Monorepo components as YAML: name: {paths: [globs], manifests: [files], tag-prefix: …} per component (tag-prefix: independent versioning; default "<name>-<tag-prefix>").',
    cli: { metavar: 'YAML', fileFlag: true },
};
const versioning = choiceOption('unified', ['unified', 'independent'], '"unified" (one version; only changed components\' manifests are rewritten) or "independent" (each component has its own tags, base and bump).');
const json = jsonFlag('Print the whole result as JSON.');
const remote = { type: 'string', default: 'origin', description: 'Git remote to read tags from and push to.' };
const token = {
    type: 'string',
    secret: true,
    env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
    description: 'Token for pushing to an HTTPS remote (contents: write; e.g. secrets.RELEASE_TOKEN || github.token). Passed to git through the environment, never on the command line. Not needed when actions/checkout persisted credentials.',
};
const authorName = { type: 'string', description: 'Commit author / tagger name. Default is git config user.name, else github-actions[bot].' };
const authorEmail = {
    type: 'string',
    description: 'Commit author / tagger email. Default is git config user.email, else the github-actions[bot] noreply address.',
};
/** What decides a version: release tags, the version file, which commits release, paths and components. */
const scope = {
    'tag-prefix': tagPrefix,
    'version-file': versionFile,
    'version-pattern': versionPattern,
    'pre-1-0': pre1,
    'release-types': releaseTypes,
    'include-paths': includePaths,
    components,
    versioning,
};
/** Who tags or commits, and the credentials of the push (prerelease and release-commit). */
const writer = { token, 'author-name': authorName, 'author-email': authorEmail };
/** The last options of every versioning command: where the repository is, a dry run that says what it skips, --json. */
const local = (dryRunWhat) => ({ path, 'dry-run': flag(dryRunWhat), json });
const options_push = { type: 'boolean', default: true, description: 'Push to the remote. With false, only local refs are created.' };
const channel = stringDefault('beta', 'Prerelease identifier (letters, digits, "-"), e.g. beta, rc, nightly.', 'ID');
const base = stringDefault('next', 'Version the prerelease leads to. "next" = what next-version computes from the commits since the last stable tag (next patch when nothing is releasable); "manifest" = the version in version-file; or an explicit X.Y.Z.', 'next|manifest|X.Y.Z');
const number = stringDefault('auto', '"auto" = 1 + the highest existing <base>-<channel>.N (local and remote tags), or an explicit positive integer (e.g. the run number of the workflow; note Gitea run numbers are repository-wide and act always gives 1).', 'auto|N');
const config = stringOption('Your own cliff.toml (path in the repository): git-cliff then parses the same commit range with its rules. Default: relforge renders exactly the commits that release.', 'FILE');
const nextOutputs = {
    version: 'The next version (the current one when nothing releases). Independent versioning with several releasing components leaves it empty; read "components".',
    tag: 'The release tag for "version" (e.g. v1.4.0).',
    'previous-version': 'The base version (from the highest reachable release tag, else the version-file, else 0.0.0).',
    'previous-tag': 'The base release tag (empty when there is none).',
    bump: 'major, minor, patch or none.',
    released: '"true" when bump is not none.',
    commits: 'Number of commits considered (since the base).',
    'changed-components': 'JSON list of the components whose paths changed since their base.',
    components: 'JSON list, one object per component: name, previous, version, bump, tag.',
    files: 'JSON list of the files written (relative to "path"), lock files included (e.g. ["Cargo.lock","Cargo.toml"]); pass it to release-commit\'s "files".',
};
// --- schemas ---
const nextVersionSchema = defineSchema({
    name: 'next-version',
    summary: 'next version from Conventional Commits since the last strict release tag',
    options: {
        path,
        ...scope,
        write: flag('Rewrite the manifests of changed components (or the version-file) and their lock files to the new version, all-or-nothing, preserving formatting.'),
        json,
    },
    outputs: nextOutputs,
});
/** The scope options every versioning operation shares, from their values. */
function scopeOptions(v) {
    return {
        tagPrefix: prefixOption(v['tag-prefix']),
        includePaths: v['include-paths'],
        components: v.components,
        versioning: v.versioning,
        releaseTypes: v['release-types'],
        ...(v['pre-1-0'] ? { pre1: v['pre-1-0'] } : {}),
    };
}
/** next-version's library options from its option values (the action and the CLI both call this). */
function nextVersionOptions(v) {
    return { cwd: v.path, ...scopeOptions(v), versionFile: v['version-file'], versionPattern: v['version-pattern'], write: v.write };
}
const prereleaseSchema = defineSchema({
    name: 'prerelease',
    summary: 'tag HEAD as the next <version>-<channel>.N prerelease (tag only, no commit)',
    options: {
        channel,
        base,
        'version-file': versionFile,
        'version-pattern': versionPattern,
        'tag-prefix': tagPrefix,
        number,
        force: flag('With an explicit number that already exists on another commit, move the tag to HEAD (force-push the tag).'),
        push: { ...options_push, description: 'Push the tag (only that tag) to the remote.' },
        remote,
        ...writer,
        'pre-1-0': pre1,
        'release-types': releaseTypes,
        'include-paths': includePaths,
        components,
        versioning,
        write: flag('Rewrite the version-file / changed components\' manifests (and lock files) in the work tree to the prerelease version, so the build reports it (e.g. 0.4.0-beta.1). Never committed, never pushed.'),
        ...local('Compute the tag without creating or pushing it (and without writing files).'),
    },
    outputs: {
        version: 'The prerelease version, e.g. 0.4.0-beta.3.',
        tag: 'The tag, e.g. v0.4.0-beta.3.',
        number: 'N.',
        prerelease: 'Always "true".',
        reused: '"true" when HEAD already carried a tag for this base and channel (a re-run).',
        commit: 'The tagged commit.',
        base: 'The base version (X.Y.Z).',
        files: 'With "write": JSON list of the files rewritten to the prerelease version (relative to "path"); else [].',
    },
});
function prereleaseOptions(v) {
    const { tagPrefix: prefix, ...scope } = scopeOptions(v);
    return {
        cwd: v.path,
        channel: v.channel,
        base: v.base,
        versionFile: v['version-file'],
        versionPattern: v['version-pattern'],
        tagPrefix: prefix,
        number: v.number,
        force: v.force,
        push: v.push,
        remote: v.remote,
        token: v.token,
        dryRun: v['dry-run'],
        write: v.write,
        identity: { name: v['author-name'], email: v['author-email'] },
        nextVersion: scope,
    };
}
const changelogSchema = defineSchema({
    name: 'changelog',
    summary: "this release's notes and CHANGELOG.md section (the commits that release, rendered by git-cliff)",
    options: {
        version: requiredString('The version being released, without prefix (e.g. 0.4.0; a leading "v" is dropped). Usually next-version\'s "version" output. A prerelease version (0.4.0-beta.1) gives the changes since the last stable release, headed as a prerelease.', 'X.Y.Z'),
        'tag-prefix': tagPrefix,
        'release-types': releaseTypes,
        'include-paths': includePaths,
        components,
        versioning,
        'pre-1-0': {
            ...pre1,
            description: 'Accepted for workflows that pass next-version\'s 0.x rule along; the notes do not depend on it (breaking changes are listed either way).',
        },
        component: { type: 'string', description: 'With components: the component whose notes these are (its paths, and its tags under independent versioning).', cli: { metavar: 'NAME' } },
        config,
        output: {
            type: 'string',
            description: 'File to prepend the new section to (e.g. CHANGELOG.md); created with a header when missing, a section for the same version is replaced. Not written for a prerelease version.',
            cli: { metavar: 'FILE' },
        },
        'remote-url': { type: 'string', description: 'Repository web URL for commit links. Default is the server URL + repository of the run, else the "origin" remote.', cli: { metavar: 'URL' } },
        'git-cliff-path': {
            type: 'string',
            env: ['RELFORGE_GIT_CLIFF'],
            description: 'Path of a git-cliff binary to use instead of the bundled one (needed on runners other than Linux x64 unless git-cliff is on PATH).',
            cli: { metavar: 'FILE' },
        },
        ...local('Compute the notes but do not write "output".'),
    },
    outputs: {
        notes: 'Markdown of this release only (no version heading); usable as a release body.',
        path: 'Absolute path of the changelog file written (empty without "output").',
        tag: 'The release tag the section is for (e.g. v0.4.0).',
        version: 'The version the section is for.',
        'previous-tag': 'The base: the last strict release tag reachable from HEAD (empty when there is none).',
    },
});
function changelogOptions(v, remoteUrl) {
    return {
        cwd: v.path,
        version: v.version.replace(/^v(?=\d)/, ''),
        ...scopeOptions(v),
        component: v.component,
        config: v.config,
        output: v.output,
        remoteUrl: v['remote-url'] ?? remoteUrl,
        gitCliffPath: v['git-cliff-path'],
        dryRun: v['dry-run'],
    };
}
const releaseCommitSchema = defineSchema({
    name: 'release-commit',
    summary: 'commit the release files, tag and push atomically (stable releases)',
    options: {
        version: requiredString('The version released, without prefix (e.g. 0.4.0). Usually next-version\'s "version" output.', 'X.Y.Z'),
        files: {
            type: 'list',
            separator: 'lines',
            required: true,
            description: 'Files to commit, one path or glob per line (relative to the repository), or a JSON list such as next-version\'s "files" output (Cargo.lock included). The work tree may not have other changes.',
            cli: { metavar: 'FILE', aliases: ['file'] },
        },
        message: { type: 'string', default: 'chore(release): {tag}', description: 'Commit (and tag) message; {version} and {tag} are replaced.', cli: { metavar: 'TEXT' } },
        'tag-prefix': tagPrefix,
        'major-tag': flag('Also move "<prefix><major>" (e.g. v1) to the release commit, in the same atomic push (force-with-lease). Never moved backwards: skipped when a higher release of that major exists.'),
        remote: { ...remote, description: 'Git remote to push to.' },
        ...writer,
        push: { ...options_push, description: 'Push branch and tag (atomically). With false, commit and tag locally only.' },
        ...local('Check everything (branch, clean tree, credentials, remote state) without committing or pushing.'),
    },
    outputs: {
        commit: 'The release commit (empty on a dry run).',
        tag: 'The release tag, e.g. v0.4.0.',
        version: 'The version.',
        branch: 'The branch pushed.',
        pushed: '"true" when this run pushed.',
        reused: '"true" when an earlier run had already pushed this exact release (re-run).',
        'major-tag': 'The major tag moved with the release (e.g. v1); empty when none was moved.',
    },
});
/** Items of a list option that are JSON lists (next-version's "files" output) are expanded. */
function expandJsonLists(items) {
    const out = [];
    for (const item of items) {
        if (!item.startsWith('[')) {
            out.push(item);
            continue;
        }
        let parsed;
        try {
            parsed = JSON.parse(item);
        }
        catch {
            out.push(item);
            continue;
        }
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            out.push(...parsed);
        else
            out.push(item);
    }
    return out;
}
function releaseCommitOptions(v) {
    return {
        cwd: v.path,
        version: v.version,
        files: expandJsonLists(v.files),
        message: v.message,
        tagPrefix: prefixOption(v['tag-prefix']),
        majorTag: v['major-tag'],
        remote: v.remote,
        token: v.token,
        identity: { name: v['author-name'], email: v['author-email'] },
        push: v.push,
        dryRun: v['dry-run'],
    };
}
const planSchema = defineSchema({
    name: 'plan',
    summary: 'what a release dispatch would do (version, tag, files, notes and why), without writing anything',
    options: {
        channel: { ...channel, default: 'stable', description: '"stable", or a prerelease channel (beta, rc…) for the tag a prerelease would create.' },
        path,
        ...scope,
        base,
        number,
        remote,
        config,
        'changelog-file': { type: 'string', default: 'CHANGELOG.md', description: 'The changelog file a stable release prepends to (named in the steps).', cli: { metavar: 'FILE' } },
        json,
    },
});
function planOptions(v) {
    return {
        cwd: v.path,
        channel: v.channel,
        ...scopeOptions(v),
        versionFile: v['version-file'],
        versionPattern: v['version-pattern'],
        base: v.base,
        number: v.number,
        remote: v.remote,
        config: v.config,
        changelogFile: v['changelog-file'],
    };
}

;// CONCATENATED MODULE: ./src/actions/prerelease.ts
/** actions/prerelease: inputs (prereleaseSchema) → cutPrerelease → outputs + step summary. */



void runAction(async () => {
    const res = await cutPrerelease(prereleaseOptions(readInputs(prereleaseSchema)));
    for (const n of res.notes)
        log.notice(n);
    const verb = res.dryRun ? 'Would tag' : res.reused ? 'Reused' : res.action === 'move' ? 'Moved' : 'Tagged';
    log.info(`${verb} ${res.commit.slice(0, 12)} as ${res.tag} (base ${res.base} from ${res.baseSource})${res.pushed ? ', pushed' : ''}`);
    if (res.files.length)
        log.info(`${res.dryRun ? 'Would rewrite' : 'Rewrote'} ${res.files.join(', ')} to ${res.version} (work tree only)`);
    setOutputs({ version: res.version, tag: res.tag, number: res.number, prerelease: true, reused: res.reused, commit: res.commit, base: res.base, files: res.files });
    await writeSummary(renderPrereleaseSummary(res));
});

