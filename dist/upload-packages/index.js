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

/***/ 7218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  releaseTime: () => (/* binding */ releaseTime)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/platform/errors.ts
var errors = __nccwpck_require__(6316);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __nccwpck_require__(9002);
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
    child.on('error', (err) => onError(new errors/* RelforgeError */.fY(`Could not run git (is it installed and on PATH?): ${(0,secrets/* redact */.E$)(err.message)}`)));
    return child;
}
/** A failed git command, secret-free. */
function gitFailed(args, code, detail) {
    return new errors/* RelforgeError */.fY(`git ${(0,secrets/* redact */.E$)(args.join(' '))} failed (exit ${code}): ${(0,secrets/* redact */.E$)(detail)}`);
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
            const detail = why && !/not a git repository/i.test(why) ? ` (git says: ${(0,secrets/* redact */.E$)(why.split('\n')[0])})` : '';
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
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'relforge-git-'));
        const file = (0,external_node_path_.join)(dir, 'log');
        try {
            const args = ['-c', 'log.showSignature=false', 'log', '-z', `--format=${LOG_FORMAT}`, '--decorate-refs=refs/tags/', '--no-color', `--output=${file}`];
            if (opts.files)
                args.push('--name-only', '--no-renames');
            args.push(...range, '--');
            await this.run(args);
            return parseLogOutput((0,external_node_fs_.readFileSync)(file, 'utf8'), !!opts.files);
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
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

;// CONCATENATED MODULE: ./src/git/release-time.ts
/**
 * The time a reproducible artifact carries (trusted-comment timestamps, the package manifest's `created`):
 * SOURCE_DATE_EPOCH when set (reproducible-builds.org: a whole number of seconds; anything else is refused),
 * else the committer time of `rev` (when given) in the repository at `cwd`. Undefined when neither is available: the
 * caller falls back to the clock and says that a re-run will differ.
 */



async function releaseTime(o) {
    const epoch = (o.env ?? process.env).SOURCE_DATE_EPOCH?.trim();
    if (epoch) {
        if (!/^\d{1,12}$/.test(epoch))
            throw new errors/* RelforgeError */.fY(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch.slice(0, 40)}".`);
        return { seconds: Number(epoch), source: 'SOURCE_DATE_EPOCH' };
    }
    if (!o.rev)
        return undefined;
    const r = await new Git((0,external_node_path_.resolve)(o.cwd ?? process.cwd())).run(['show', '-s', '--format=%ct', `${o.rev}^{commit}`], { allowFailure: true }).catch(() => undefined);
    const ct = r?.code === 0 ? r.stdout.trim() : '';
    return /^\d{1,12}$/.test(ct) ? { seconds: Number(ct), source: 'commit' } : undefined;
}


/***/ }),

/***/ 6316:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ fieldError),
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   Yl: () => (/* binding */ asUserError),
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   fY: () => (/* binding */ RelforgeError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports actionNamer, wordProblem, renderMessage */
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

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports registeredSecrets, clearSecrets */
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`GITHUB_OUTPUT file ${file} does not exist`);
    const delimiter = heredocDelimiter();
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected heredoc delimiter in output');
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
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

// EXTERNAL MODULE: ./src/platform/secrets.ts
var secrets = __nccwpck_require__(9002);
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
        const msg = (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err));
        if (!(err instanceof errors/* RelforgeError */.fY) && err instanceof Error && err.stack)
            debug((0,secrets/* redact */.E$)(err.stack));
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
    (0,secrets/* registerSecret */.cl)(v);
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
        await (0,promises_namespaceObject.appendFile)(file, `${(0,secrets/* redact */.E$)(markdown).replace(/\n*$/, '')}\n`, 'utf8');
    }
    catch (err) {
        issueCommand('warning', `Could not write the step summary: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err))}`);
    }
}
const log = {
    info: (m) => process.stdout.write((0,secrets/* redact */.E$)(m) + external_node_os_.EOL),
    warning: (m) => issueCommand('warning', (0,secrets/* redact */.E$)(m)),
    debug: (m) => debug((0,secrets/* redact */.E$)(m)),
    notice: (m) => issueCommand('notice', (0,secrets/* redact */.E$)(m)),
};
function debug(m) {
    issueCommand('debug', m);
}

;// CONCATENATED MODULE: ./src/packages/options.ts
/**
 * Option schemas of the package operations (src/platform/options.ts): upload-packages (action + CLI) and
 * verify-package (CLI only). Each option is declared here once; actions/upload-packages/action.yml, the CLI
 * flags and usage, and the docs tables follow from it.
 *
 * Where the action and the CLI used to disagree:
 * - `target`: the action defaulted to `release`, the CLI to `http`. Now one rule for both: `http` when
 *   `upload-url` is set (the only target that uses it), else `release`.
 * - `read-back`: both refuse a value other than auto / download (the CLI used to turn it into auto).
 * - secrets: `private-key`, `password` and `package-token` are read from `--<name>-file` / `--<name>-env` or the
 *   team's variables MINISIGN_PRIVATE_KEY, MINISIGN_PASSWORD, PACKAGE_TOKEN (the old RELFORGE_KEY_PASSWORD and
 *   RELFORGE_PACKAGE_TOKEN still work as later fallbacks). `--private-key-file` keeps working.
 * - verify-package: `--public-key` and `--signature` like the action inputs (`--pubkey` / `--sig` stay as hidden
 *   aliases); `--product` is required (a manifest of another product signed by the same key is refused).
 */

const uploadPackagesSchema = defineSchema({
    name: 'upload-packages',
    summary: 'verify, sign a manifest for and upload per-platform packages (manifest last)',
    options: {
        packages: {
            type: 'string',
            only: 'action',
            description: 'The package files: glob patterns (one per line; the platform is inferred from names such as agent-linux-amd64 or agent_windows_x86_64.exe; *.minisig files are skipped), or a YAML map "platform: file" (e.g. "linux-x86_64: dist/agent"). Each file needs its signature beside it (<file>.minisig). Leave empty when "fragments" is set.',
        },
        'package-files': {
            type: 'list',
            separator: 'lines',
            only: 'cli',
            description: 'Glob patterns of the package files (repeatable; the platform is inferred from each name; *.minisig files are skipped).',
            cli: { flag: 'packages', metavar: 'GLOB' },
        },
        map: {
            type: 'string',
            only: 'cli',
            description: 'A YAML map "platform: file" instead of globs (e.g. "linux-x86_64: dist/agent"; a value may be {file, authenticode-subject}).',
            cli: { metavar: 'YAML', fileFlag: true },
        },
        fragments: {
            type: 'list',
            separator: 'lines',
            description: 'Merge job of a matrix — glob of the fragment files staged by the build jobs (e.g. "artifacts/**/fragment-*.json"). Refuses duplicate platforms and fragments that disagree.',
            cli: { metavar: 'GLOB' },
        },
        stage: flag('Build-job mode — verify this job\'s packages and write a fragment into out-dir (upload out-dir with actions/upload-artifact); nothing is published.'),
        product: requiredString('Product (package) name, e.g. "agent". Letters, digits, . _ + - only.', 'NAME'),
        version: requiredString('Version being published (SemVer; a leading v is dropped), e.g. next-version\'s "version" output.', 'X.Y.Z'),
        channel: {
            type: 'string',
            description: 'Update channel written into the manifest and its signed trusted comment. Default the version\'s prerelease id (1.4.0-beta.2 → beta), else "stable". "stable" with a prerelease version is refused.',
            cli: { metavar: 'CHANNEL' },
        },
        commit: {
            type: 'string',
            description: 'Commit the packages were built from. Default GITHUB_SHA. Its commit time (or SOURCE_DATE_EPOCH) is the manifest\'s "created", so a re-run writes identical bytes.',
            env: ['GITHUB_SHA'],
            cli: { metavar: 'SHA' },
        },
        'require-platforms': {
            type: 'list',
            description: 'Platforms that must all be present (one per line or comma-separated, e.g. "linux-x86_64, windows-x86_64, darwin-aarch64"); aliases like linux-amd64 are accepted.',
            cli: { metavar: 'PLATFORMS' },
        },
        'public-key': {
            type: 'string',
            required: true,
            description: 'Pinned minisign public key (the .pub text or its RW… line). Every package signature and the manifest signing key must match it.',
            env: ['MINISIGN_PUBLIC_KEY'],
            cli: { pathOrValue: true, metavar: 'FILE|RW…', aliases: ['pubkey'] },
        },
        'private-key': {
            type: 'string',
            secret: true,
            description: 'minisign secret key (or base64 of it, Tauri style) that signs the manifest; must belong to public-key. Not needed with stage true.',
            env: ['MINISIGN_PRIVATE_KEY'],
        },
        password: { type: 'string', secret: true, description: 'Password of an encrypted private-key.', env: ['MINISIGN_PASSWORD', 'RELFORGE_KEY_PASSWORD'] },
        'authenticode-root': {
            type: 'string',
            description: 'PEM bundle of trusted roots for Windows packages (.exe/.msi/.dll/.sys). When set, each must carry a valid, timestamped Authenticode signature chaining to them, and the verified signer subject is recorded in the manifest.',
            cli: { pathOrValue: true, metavar: 'PEM' },
        },
        'authenticode-tsa-root': { type: 'string', description: 'PEM bundle of trusted timestamping roots (default authenticode-root).', cli: { pathOrValue: true, metavar: 'PEM' } },
        'authenticode-subject': {
            type: 'string',
            description: 'Signer subject pin for Windows packages, e.g. "CN=Contoso Ltd, O=Contoso Ltd" (every attribute must match).',
            cli: { metavar: 'SUBJECT' },
        },
        'authenticode-eku': {
            type: 'list',
            separator: 'lines',
            description: 'EKU OIDs the signer certificate must carry besides code signing (one per line; e.g. the Trusted Signing identity EKU).',
            cli: { metavar: 'OID' },
        },
        target: {
            type: 'string',
            choices: ['release', 'gitea-generic', 'http'],
            description: 'Where to publish — "release" (assets of the forge release for the tag), "gitea-generic" (Gitea/Forgejo generic package registry) or "http" (PUT to upload-url). Default "http" when upload-url is set, else "release".',
        },
        'upload-url': {
            type: 'string',
            description: 'target http — PUT URL template, e.g. https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}. Placeholders {product} {version} {channel} {platform} {os} {arch} {file}; must contain {version} and {file}. The manifest goes to the same template without the per-platform segment. No user:password@ (use package-token).',
            cli: { metavar: 'TEMPLATE' },
        },
        'package-token': {
            type: 'string',
            secret: true,
            description: 'target gitea-generic — a token with write:package (the job token cannot write packages); target http — the bearer token of the update server.',
            env: ['PACKAGE_TOKEN', 'RELFORGE_PACKAGE_TOKEN'],
        },
        'package-owner': { type: 'string', description: 'target gitea-generic — owner of the package (default the repository owner).', cli: { metavar: 'OWNER' } },
        'read-back': {
            type: 'string',
            default: 'auto',
            choices: ['auto', 'download'],
            description: 'target http — how uploads are verified, "auto" (the server\'s digest header, else re-download) or "download" (always re-download and hash).',
        },
        token: {
            type: 'string',
            secret: true,
            actionDefault: '${{ github.token }}',
            description: 'target release — forge token with contents write (GitHub) / write:repository (Gitea).',
            env: ['RELFORGE_TOKEN', 'GITHUB_TOKEN', 'GITEA_TOKEN', 'FORGEJO_TOKEN'],
        },
        tag: { type: 'string', description: 'target release — the release tag. Default "v<version>".', cli: { metavar: 'TAG' } },
        forge: { type: 'string', choices: ['github', 'gitea', 'forgejo'], description: 'targets release and gitea-generic — github, gitea or forgejo; default detected from the runner.' },
        'api-url': {
            type: 'string',
            description: 'targets release and gitea-generic — API root (default GITHUB_API_URL, e.g. https://gitea.example.com/api/v1).',
            cli: { metavar: 'URL' },
        },
        repository: {
            type: 'string',
            only: 'cli',
            description: 'targets release and gitea-generic — the repository as owner/name (default GITHUB_REPOSITORY).',
            env: ['GITHUB_REPOSITORY'],
            cli: { metavar: 'OWNER/NAME' },
        },
        'base-url': {
            type: 'string',
            description: 'Public download URL template written into the manifest (same placeholders; must contain {version} so no cache serves an old build as new). Default derived from the target. No user:password@.',
            cli: { metavar: 'TEMPLATE' },
        },
        tauri: flag('Also write and upload Tauri\'s static latest.json (same platform keys; signature = base64 of the .minisig text).'),
        'expires-in': {
            type: 'string',
            description: 'Optional validity of the manifest, e.g. 90d or 12h. Verifiers (relforge verify-package) refuse it afterwards, so a frozen mirror cannot serve an old manifest forever; re-publish before it passes. Default no expiry.',
            cli: { metavar: 'DURATION' },
        },
        notes: { type: 'string', description: 'Release notes for latest.json.', cli: { metavar: 'TEXT', fileFlag: true } },
        'out-dir': {
            type: 'string',
            default: 'relforge-packages',
            description: 'Local directory for manifest.json, its signature, manifest.signed.json, latest.json and (stage) the fragment.',
            cli: { metavar: 'DIR' },
        },
        'dry-run': flag('Verify everything and write the signed manifest locally, upload nothing.'),
        json: jsonFlag('Print the result as JSON.'),
    },
    outputs: {
        manifest: 'Path of the local manifest.json (its signature is manifest.json.minisig beside it).',
        'manifest-url': 'Where the manifest is served.',
        'signed-manifest-url': 'Where manifest.signed.json (the manifest and its signature in one file) is served.',
        tauri: 'Path of latest.json (empty unless tauri is true).',
        packages: 'JSON array: [{"platform","file","size","sha256","url"}] (stage: without url).',
        fragment: 'stage true — path of the fragment file written into out-dir.',
    },
});
const verifyPackageSchema = defineSchema({
    name: 'verify-package',
    summary: 'decide install / up to date / refused for a signed package manifest (exit 0 / 10 / 20)',
    options: {
        manifest: requiredString('manifest.json as downloaded, or manifest.signed.json (manifest and signature in one file; then no --signature is needed).', 'FILE'),
        signature: { type: 'string', description: 'manifest.json.minisig (default: <manifest>.minisig; not used with manifest.signed.json).', cli: { metavar: 'FILE', aliases: ['sig'] } },
        'public-key': {
            type: 'string',
            required: true,
            description: 'Pinned minisign public key: a .pub file or its RW… line.',
            env: ['MINISIGN_PUBLIC_KEY'],
            cli: { pathOrValue: true, metavar: 'FILE|RW…', aliases: ['pubkey'] },
        },
        product: requiredString('The product this agent or server installs: a manifest of another product signed by the same key is refused.', 'NAME'),
        platform: requiredString('This machine\'s platform key, e.g. linux-x86_64 (aliases such as linux-amd64 accepted).', 'PLATFORM'),
        installed: requiredString('The installed version, or "none" for a fresh install.', 'VERSION|none'),
        channels: {
            type: 'list',
            description: 'Channels to accept (comma-separated). Default stable plus the installed version\'s prerelease channel (1.3.0-beta.2 → beta).',
            cli: { metavar: 'CHANNELS' },
        },
        'allow-downgrade': flag('Accept a version older than the installed one (an operator-initiated rollback).'),
        file: { type: 'string', description: 'A downloaded package to check against the manifest: size, SHA-256 and its minisign signature.', cli: { metavar: 'FILE' } },
        json: flag('Print the decision as JSON.'),
    },
});

;// CONCATENATED MODULE: ./src/platform/url.ts
/**
 * URL inputs (api-url, upload-url, base-url…): checked once, with the problem worded by field.
 * Credentials never travel inside a URL: userinfo (`https://user:pass@host/`) would end up in logs, outputs,
 * step summaries and signed manifests, so it is refused with the fix (use the token inputs).
 */
function isLoopbackHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
/** https, or plain http to a loopback address (local emulators, tests): the one scheme rule of every URL. Pure. */
function isSecureUrl(u) {
    return u.protocol === 'https:' || (u.protocol === 'http:' && isLoopbackHost(u.hostname));
}
/** Why `value` is not an acceptable URL input (continues after the field's name), or undefined. */
function urlInputProblem(value, opts = {}) {
    // Templates such as {platform} or {file} are allowed in some inputs; check the URL with them filled in.
    const probe = opts.allowTemplate ? value.replace(/\{[a-z_]+\}/g, 'x') : value;
    let u;
    try {
        u = new URL(probe);
    }
    catch {
        return 'is not a valid URL.';
    }
    if (u.username || u.password)
        return 'must not contain a user name or password (https://user:pass@host/…): they would be printed in logs and published in outputs. Pass credentials through the token input (a secret) instead.';
    if (!isSecureUrl(u))
        return `must use https:// (plain http is only accepted for loopback addresses), got "${u.protocol}//${u.host}".`;
    return undefined;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const esm_sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = esm_sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/platform/fs.ts
/**
 * Filesystem adapter: glob expansion for `files` inputs, streamed hashing, safe names.
 * Files are read in 1 MiB chunks (64 KiB reads cost ~25 % more), so memory does not grow with file size.
 *
 * Where files may come from: every matched file is resolved to its real path (symbolic links followed), and a
 * file whose real path is outside the workspace is refused unless the caller allows it explicitly. The
 * workspace is `cwd`, GITHUB_WORKSPACE and RUNNER_TEMP; a pattern written as an absolute path also allows the
 * folder it names (the user named that place), never a link out of it. So `ln -s /etc/passwd app-linux-arm64`
 * with `files: app-*` is refused instead of publishing /etc/passwd. Directory symlink cycles are walked once.
 */






const fs_READ_CHUNK = 1024 * 1024;
/** Where matched files may live: real paths of cwd, GITHUB_WORKSPACE and RUNNER_TEMP (those that exist). */
function workspaceRoots(cwd, env = process.env) {
    const roots = new Set();
    for (const p of [cwd, env.GITHUB_WORKSPACE, env.RUNNER_TEMP]) {
        if (!p)
            continue;
        try {
            roots.add(toSlash((0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(p))));
        }
        catch {
            /* a root that does not exist holds no files */
        }
    }
    return [...roots];
}
const inside = (real, roots) => roots.some((r) => real === r || real.startsWith(r.endsWith('/') ? r : `${r}/`));
/** Problems name the input by field when there is one. */
function problem(inputName, message) {
    return inputName ? (0,errors/* fieldError */.$i)(inputName, message) : new errors/* RelforgeError */.fY(`The file list ${message}`);
}
/**
 * Expands newline-separated glob patterns (relative to `cwd`) to absolute regular-file paths,
 * sorted and de-duplicated. `!pattern` removes matches. Zero matches for the whole set is an error
 * naming the input. A pattern without glob characters must name an existing regular file. Paths are
 * returned as matched (a link keeps its own name); their real paths must be inside the workspace.
 * (Own walker over minimatch rather than @actions/glob, whose `::debug::` lines leak into CLI output.)
 */
async function fs_expandFiles(patterns, opts = {}) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd());
    const input = opts.inputName;
    const pats = patterns.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
    if (pats.length === 0)
        throw problem(input, 'is empty: give at least one file or glob pattern.');
    const roots = workspaceRoots(cwd, opts.env ?? process.env);
    const scope = {
        roots,
        allow: !!opts.allowOutsideWorkspace,
        refuse: (path, real) => problem(input, `matched ${path}${real !== path ? `, which resolves to ${real},` : ''} outside the workspace (${roots.join(', ')}): refusing to read it ` +
            `(a symbolic link out of the workspace?). Copy the file into the workspace${opts.allowOption ? `, or set {{${opts.allowOption}}} if this is intended` : ''}.`),
    };
    const toAbs = (p) => toSlash((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(cwd, p));
    // Matched path → its real path and where it may be; checked after the negations (a file excluded by `!x` is not refused).
    const found = new Map();
    for (const p of pats.filter((x) => !x.startsWith('!'))) {
        const abs = toAbs(p);
        const own = { ...scope, roots: patternRoots(p, abs, roots) };
        if (hasMagic(p))
            for (const [m, real] of globFiles(abs, own))
                found.set(m, { real, roots: own.roots });
        else
            found.set(abs, { real: literalFile(p, abs, cwd, input), roots: own.roots });
    }
    for (const p of pats.filter((x) => x.startsWith('!'))) {
        const neg = toAbs(p.slice(1));
        for (const f of [...found.keys()])
            if (minimatch(f, neg, { dot: true }))
                found.delete(f);
    }
    if (found.size === 0)
        throw problem(input, `matched no files (patterns: ${pats.join(', ')}; looked in ${cwd}).`);
    const sorted = [...found.keys()].sort();
    for (const f of sorted) {
        const { real, roots: where } = found.get(f);
        if (!scope.allow && !inside(real, where))
            throw scope.refuse(f, real);
    }
    return sorted;
}
/**
 * Where a pattern's files may really be: the workspace, and for a pattern written as an absolute path, the
 * folder it names (its static prefix; for a plain path, the file's folder). Naming a place explicitly allows
 * that place; a symbolic link from there to anywhere else is still refused.
 */
function patternRoots(p, abs, roots) {
    if (!(0,external_node_path_.isAbsolute)(p))
        return roots;
    const base = hasMagic(p) ? splitGlob(abs).base : (0,external_node_path_.dirname)(abs);
    try {
        const real = toSlash((0,external_node_fs_.realpathSync)(base));
        return inside(real, roots) ? roots : [...roots, real];
    }
    catch {
        return roots;
    }
}
/** A pattern without glob characters: an existing regular file; returns its real path. */
function literalFile(p, abs, cwd, input) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(abs);
    }
    catch {
        throw problem(input, `names "${p}", which does not exist (looked in ${cwd}).`);
    }
    if (!st.isFile())
        throw problem(input, `names "${p}", which is not a regular file.`);
    return toSlash((0,external_node_fs_.realpathSync)(abs));
}
const toSlash = (p) => p.split(external_node_path_.sep).join('/');
const hasMagic = (p) => /[*?[\]{}]/.test(p);
/** An absolute glob's static prefix (the folder it is walked from) and the segments after it. */
function splitGlob(absPattern) {
    const segments = absPattern.split('/');
    let i = 0;
    while (i < segments.length && !hasMagic(segments[i]))
        i++;
    return { base: segments.slice(0, i).join('/') || '/', rest: segments.slice(i) };
}
/**
 * Regular files matching an absolute glob, each with its real path: walks from the pattern's static prefix only.
 * Symbolic links are followed, but a directory already on the current path (a cycle) is not entered again, and
 * a linked directory outside the workspace is not entered unless allowed.
 */
function globFiles(absPattern, scope) {
    const { base, rest } = splitGlob(absPattern);
    const maxDepth = rest.some((s) => s.includes('**')) ? Infinity : rest.length;
    const out = new Map();
    const ancestors = new Set();
    const walk = (dir, real, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        ancestors.add(real);
        for (const e of entries) {
            const full = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
            const kind = entryKind(e, full);
            if (!kind)
                continue;
            const target = kind.real ?? (real === '/' ? `/${e.name}` : `${real}/${e.name}`);
            if (kind.file && minimatch(full, absPattern, { dot: true }))
                out.set(full, target);
            else if (kind.dir && depth + 1 < maxDepth && e.name !== '.git' && e.name !== 'node_modules') {
                if (ancestors.has(target))
                    continue; // a cycle: already being walked
                if (kind.real && !scope.allow && !inside(kind.real, scope.roots))
                    continue; // a link out of the workspace
                walk(full, target, depth + 1);
            }
        }
        ancestors.delete(real);
    };
    let baseReal;
    try {
        baseReal = toSlash((0,external_node_fs_.realpathSync)(base));
    }
    catch {
        return out;
    }
    // A pattern rooted outside the workspace (e.g. /etc/**) is refused before it is walked.
    if (!scope.allow && !inside(baseReal, scope.roots))
        throw scope.refuse(base, baseReal);
    walk(base, baseReal, 0);
    return out;
}
/** File or directory (links followed; `real` set for links), or undefined for anything else or a dangling link. */
function entryKind(e, full) {
    if (!e.isSymbolicLink())
        return e.isFile() || e.isDirectory() ? { file: e.isFile(), dir: e.isDirectory() } : undefined;
    try {
        const st = (0,external_node_fs_.statSync)(full);
        return { file: st.isFile(), dir: st.isDirectory(), real: toSlash((0,external_node_fs_.realpathSync)(full)) };
    }
    catch {
        return undefined;
    }
}
/**
 * Streams a file once, feeding every requested hash; returns hex digests and the byte count. `prefix` is fed to
 * every hash before the file (e.g. R ‖ A for a streamed Ed25519 verification).
 */
async function fs_hashFile(path, algos, opts = {}) {
    const hashes = algos.map((a) => [a, (0,external_node_crypto_namespaceObject.createHash)(a)]);
    if (opts.prefix)
        for (const [, h] of hashes)
            h.update(opts.prefix);
    let size = 0;
    // One reused 1 MiB buffer: a read stream allocates a fresh chunk per read, and that garbage (external
    // memory, collected late) kept ~80 MiB extra RSS while hashing large files.
    const buf = Buffer.allocUnsafe(fs_READ_CHUNK);
    const fh = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, fs_READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            const chunk = bytesRead === fs_READ_CHUNK ? buf : buf.subarray(0, bytesRead);
            for (const [, h] of hashes)
                h.update(chunk);
        }
    }
    finally {
        await fh.close();
    }
    const out = { size };
    for (const [a, h] of hashes)
        out[a] = h.digest('hex');
    return out;
}
async function sha256File(path) {
    return (await fs_hashFile(path, ['sha256'])).sha256;
}
/**
 * An asset/file name that is safe to use as a single path component and in URLs:
 * no separators, no `..`, no control characters, not empty, at most 255 bytes.
 */
function assertSafeName(name, what = 'file name') {
    if (name === '' ||
        name === '.' ||
        name === '..' ||
        /[/\\\x00-\x1f\x7f]/.test(name) ||
        Buffer.byteLength(name) > 255) {
        throw new errors/* RelforgeError */.fY(`Unsafe ${what} "${name.replace(/[\x00-\x1f\x7f]/g, '?')}": use a plain name without path separators, ".." or control characters.`);
    }
    return name;
}
function safeBasename(path) {
    return assertSafeName(basename(path));
}

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

;// CONCATENATED MODULE: ./src/platform/http.ts
/**
 * HTTP adapter shared by the forge, signing-service and update-server clients.
 * - node:http/https (not fetch: fetch buffers streamed request bodies, nodejs/undici#4058);
 * - file bodies streamed in 1 MiB chunks with an explicit Content-Length;
 * - retries on 429, 5xx and network errors with backoff, honouring `retry-after` and GitHub's
 *   `x-ratelimit-remaining: 0` + `x-ratelimit-reset`; a 4xx other than 429 (and a 403 that is a
 *   rate limit) is never retried;
 * - per-attempt timeout and a total deadline; error messages never contain registered secrets;
 * - `retry: 'rate-limit'` for non-idempotent requests (creating a release, uploading an asset): only
 *   responses that prove the request was not processed (429, rate-limited 403) are retried; a 5xx or a
 *   network error is returned/thrown so the caller can re-list before trying again (forges.md §6);
 * - GitHub's header-less secondary rate limit (403 "secondary rate limit") waits ≥ 60 s (capped by maxDelayMs);
 * - `parts` bodies (a multipart envelope around a streamed file) with an exact Content-Length;
 * - optional redirect following; a redirect target gets no credential header, whatever its origin (it is a URL an
 *   answer names: object storage, a signed URL — S3 refuses a second auth mechanism, and GHES serves its storage
 *   on its own origin);
 * - ONE credential policy (design.md "HTTP"): `credentials` (Authorization or any token header) are sent only to
 *   their configured origins (`credentialOrigins(apiUrl)`: the API origin, plus GitHub's uploads sibling), over
 *   https unless the host is loopback. Any other URL — a paging link, a download or upload URL an answer names,
 *   a redirect target — is fetched without them, or refused (`needsCredentials`) with a message naming the
 *   origin. Callers never decide this per call site;
 * - every retry goes through retry() (src/platform/retry.ts); external text in messages goes through excerpt()
 *   (redact first, then truncate).
 */










/** A network failure that persisted through every attempt. */
class HttpNetworkError extends errors/* RelforgeError */.fY {
}
/** A URL that needs the credentials is not one of their origins: nothing was sent. */
class CredentialScopeError extends errors/* RelforgeError */.fY {
}
/** Header names that carry credentials: never forwarded to another origin, whoever set them. */
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|private-token|x-api-key)$|token|secret/i;
/**
 * The origins a forge credential may go to: the API URL's origin, plus GitHub's uploads sibling
 * (`api.github.com` → `uploads.github.com`; GHES serves `/api/uploads` on the API origin itself).
 * Only an https origin, or http on a loopback host, is ever returned.
 */
function credentialOrigins(apiUrl) {
    let u;
    try {
        u = new URL(apiUrl);
    }
    catch {
        return [];
    }
    if (!isSecureUrl(u))
        return [];
    return u.hostname.startsWith('api.') ? [u.origin, `${u.protocol}//uploads.${u.host.slice('api.'.length)}`] : [u.origin];
}
/** Whether `url` may receive credentials scoped to `origins` (same origin, https or loopback http). */
function credentialsAllowed(url, origins) {
    const u = typeof url === 'string' ? new URL(url) : url;
    return isSecureUrl(u) && origins.includes(u.origin);
}
/** The headers of one hop: the caller's, plus the credentials where the policy allows them. */
function hopHeaders(req, url) {
    const headers = { ...req.headers };
    const c = req.credentials;
    if (!c)
        return headers;
    if (credentialsAllowed(url, c.origins))
        return { ...headers, ...c.headers };
    if (req.needsCredentials) {
        throw new CredentialScopeError(`Refusing to send ${c.what ?? 'the credentials'} to ${(0,secrets/* redact */.E$)(url.origin)}: only ${c.origins.map(secrets/* redact */.E$).join(' and ') || 'the configured API origin'} may receive ${c.what ?? 'them'} ` +
            `(https, or http on a loopback address). A forge answer pointed ${(0,secrets/* redact */.E$)(`${url.origin}${url.pathname}`)} outside it; nothing was sent there. ` +
            'Check the configured API URL (and, on Gitea/Forgejo, the server\'s ROOT_URL).');
    }
    return headers;
}
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'ERR_TIMEOUT']);
/** Refuses anything but https, except http to a loopback address (local emulators, tests). */
function assertSecureUrl(url, what) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* RelforgeError */.fY(`${what} "${(0,secrets/* redact */.E$)(url)}" is not a valid URL.`);
    }
    if (isSecureUrl(u))
        return u;
    throw new errors/* RelforgeError */.fY(`${what} must use https:// (plain http is only accepted for loopback addresses), got "${(0,secrets/* redact */.E$)(u.origin)}".`);
}
/** How long to wait before retrying this response, or undefined when it must not be retried. */
function retryDelay(status, headers, attempt, base, max, now = Date.now()) {
    const header = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v[0] : v;
    };
    const backoffMs = backoff(attempt, { baseDelayMs: base, maxDelayMs: max });
    const retryAfter = header('retry-after');
    let hinted;
    if (retryAfter !== undefined) {
        const secs = Number(retryAfter);
        hinted = Number.isFinite(secs) ? secs * 1000 : Math.max(0, Date.parse(retryAfter) - now);
    }
    else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset')) {
        hinted = Math.max(0, Number(header('x-ratelimit-reset')) * 1000 - now) + 1000;
    }
    const rateLimited = status === 429 || (status === 403 && hinted !== undefined);
    if (rateLimited)
        return hinted ?? backoffMs;
    if (status >= 500 && status <= 599)
        return hinted ?? backoffMs;
    return undefined;
}
function partLength(part) {
    if (typeof part === 'string')
        return Buffer.byteLength(part);
    if (Buffer.isBuffer(part))
        return part.length;
    return (0,external_node_fs_.statSync)(part.file).size;
}
function bodyLength(body) {
    if (body === undefined)
        return 0;
    if (typeof body === 'object' && !Buffer.isBuffer(body) && 'parts' in body)
        return body.parts.reduce((n, p) => n + partLength(p), 0);
    return partLength(body);
}
/**
 * Writes the body to the request through two reused READ_CHUNK buffers: a buffer is refilled only after the
 * socket reported it written, so a large upload allocates nothing per chunk (a read stream's fresh 1 MiB
 * chunks are collected late and kept RSS ~80 MiB higher).
 */
async function writeBody(parts, dest) {
    const write = (chunk) => new Promise((res, rej) => dest.write(chunk, (err) => (err ? rej(err) : res())));
    let ring;
    for (const part of parts) {
        if (typeof part === 'string' || Buffer.isBuffer(part)) {
            await write(typeof part === 'string' ? Buffer.from(part) : part);
            continue;
        }
        ring ??= [Buffer.allocUnsafe(fs_READ_CHUNK), Buffer.allocUnsafe(fs_READ_CHUNK)];
        const inFlight = [undefined, undefined];
        part.observe?.start();
        const fh = await (0,promises_namespaceObject.open)(part.file, 'r');
        try {
            for (let i = 0;; i ^= 1) {
                await inFlight[i];
                const { bytesRead } = await fh.read(ring[i], 0, fs_READ_CHUNK, null);
                if (bytesRead === 0)
                    break;
                const chunk = ring[i].subarray(0, bytesRead);
                part.observe?.data(chunk);
                inFlight[i] = write(chunk);
                inFlight[i].catch(() => { });
            }
            await Promise.all(inFlight);
        }
        finally {
            await fh.close();
        }
        part.observe?.end();
    }
    await new Promise((res) => dest.end(() => res()));
}
function once(req, u, hop) {
    const mod = u.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
    const headers = { 'user-agent': 'relforge', ...hop };
    if (req.body !== undefined || ['POST', 'PUT', 'PATCH'].includes(req.method.toUpperCase())) {
        headers['content-length'] = String(bodyLength(req.body));
    }
    // saveTo is a consumer that streams the body to the file
    const { saveTo } = req;
    const consume = req.consume ?? (saveTo ? (body) => (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_.createWriteStream)(saveTo)) : undefined);
    return new Promise((resolve, reject) => {
        // A server may answer (401, 403, 413, 422…) before it has read the whole body and then close: once an
        // answer has started, a write error (EPIPE) must not hide it; an incomplete answer still fails via res.
        let responded = false;
        const r = mod.request(u, { method: req.method, headers, timeout: req.timeoutMs ?? 60_000 }, (res) => {
            responded = true;
            const done = (body) => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body,
                text: () => body.toString('utf8'),
                json: () => JSON.parse(body.toString('utf8')),
            });
            const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
            if (consume && ok) {
                consume(res).then(() => done(Buffer.alloc(0)), (err) => {
                    res.destroy();
                    reject(err);
                });
            }
            else {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => done(Buffer.concat(chunks)));
                res.on('error', reject);
                res.on('close', () => {
                    if (!res.complete)
                        reject(Object.assign(new Error('the connection closed before the response ended'), { code: 'ECONNRESET' }));
                });
            }
        });
        r.on('timeout', () => r.destroy(Object.assign(new Error('request timed out'), { code: 'ERR_TIMEOUT' })));
        r.on('error', (err) => {
            if (!responded)
                reject(err);
        });
        const body = req.body;
        if (body === undefined)
            r.end();
        else if (typeof body === 'string' || Buffer.isBuffer(body))
            r.end(body);
        else
            writeBody('parts' in body ? body.parts : [body], r).catch((err) => r.destroy(err));
    });
}
/**
 * Sends a request, retrying per the policy above. Resolves with any HTTP status (callers decide what
 * a 4xx means); rejects with HttpNetworkError when the network failed on every attempt, and with
 * CredentialScopeError (before sending anything) when the URL needs credentials it may not receive.
 */
async function request(req) {
    const url = new URL(req.url);
    const headers = hopHeaders(req, url);
    const max = req.maxDelayMs ?? 60_000;
    const base = req.baseDelayMs ?? 1000;
    const where = `${req.method} ${(0,secrets/* redact */.E$)(url.origin + url.pathname)}`;
    return retry(async (attempt) => {
        let res;
        try {
            res = await once(req, url, headers);
        }
        catch (err) {
            return networkDecision(err, attempt, req, where);
        }
        if (isRedirect(req, res))
            return { done: await followRedirect(req, url, res) };
        return responseDecision(res, attempt, base, max, req.retry);
    }, { attempts: req.attempts ?? 5, baseDelayMs: base, maxDelayMs: max, deadlineMs: req.deadlineMs ?? 600_000, onRetry: req.onRetry });
}
/** A response: retried on 429, rate-limited 403, secondary rate limits and (unless 'rate-limit') 5xx. */
function responseDecision(res, attempt, base, max, mode) {
    let delay = retryDelay(res.status, res.headers, attempt, base, max);
    if (delay === undefined && res.status === 403 && /secondary rate limit|abuse detection/i.test(res.text())) {
        // GitHub's secondary limits may come without headers: wait at least a minute (best practices guide).
        delay = Math.min(max, Math.max(60_000, base * 2 ** (attempt - 1)));
    }
    if (mode === 'rate-limit' && res.status >= 500)
        delay = undefined;
    if (delay === undefined)
        return { done: res };
    return { retry: `HTTP ${res.status}`, delayMs: delay, exhausted: () => res };
}
/** A network error: retried when transient (never for 'rate-limit' requests, whose effect must be checked first). */
function networkDecision(err, attempt, req, where) {
    const code = err.code ?? '';
    const msg = (0,secrets/* excerpt */.Kb)(err.message ?? String(err), 300);
    const fail = (n) => new HttpNetworkError(`${where} failed after ${n} attempt(s): ${msg}${code ? ` (${code})` : ''}`, { cause: err });
    if (err instanceof errors/* RelforgeError */.fY && !code)
        throw err;
    if (!RETRYABLE_CODES.has(code) || req.retry === 'rate-limit')
        throw fail(attempt);
    return {
        retry: code || msg,
        exhausted: () => {
            throw fail(attempt);
        },
    };
}
function isRedirect(req, res) {
    return !!req.followRedirects && [301, 302, 303, 307, 308].includes(res.status) && !!res.headers.location && ['GET', 'HEAD'].includes(req.method.toUpperCase());
}
/**
 * The next hop of a redirect: https (or loopback http) only, and without credentials — neither the caller's own
 * credential headers nor the policy's, on any origin: the target is named by the answer (object storage, a signed
 * URL), never the API itself.
 */
async function followRedirect(req, from, res) {
    const next = new URL(String(res.headers.location), from);
    assertSecureUrl(next.href, 'Redirect target');
    const headers = { ...req.headers };
    for (const k of Object.keys(headers))
        if (SENSITIVE_HEADER.test(k))
            delete headers[k];
    return request({ ...req, url: next.href, headers, credentials: undefined, needsCredentials: false, followRedirects: req.followRedirects - 1 });
}
/** A short, secret-free description of a failed response for error messages. */
function describeFailure(res, what) {
    let detail = res.text();
    try {
        const j = res.json();
        const picked = j.error_description ?? (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message;
        if (typeof picked === 'string')
            detail = picked;
    }
    catch {
        /* not JSON */
    }
    // Redact, then truncate: a secret echoed across the cut never leaks in part.
    detail = (0,secrets/* excerpt */.Kb)(detail, 500);
    return `${(0,secrets/* redact */.E$)(what)}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`;
}

;// CONCATENATED MODULE: ./src/publishing/forge/types.ts

/** The ForgeRelease fields both REST APIs give alike; each adapter adds `immutable` and `uploadUrl`. */
function restRelease(r) {
    const draft = r.draft === true;
    const text = (v) => v ?? '';
    return {
        id: r.id,
        tagName: r.tag_name,
        name: text(r.name),
        body: text(r.body),
        draft,
        prerelease: r.prerelease === true,
        targetCommitish: text(r.target_commitish),
        htmlUrl: text(r.html_url),
        createdAt: text(r.created_at),
        publishedAt: draft ? null : (r.published_at ?? null),
    };
}
/**
 * The JSON body of a release update: both APIs use the same field names (tag_name, name, body, prerelease,
 * target_commitish, draft); only the fields given are sent. GitHub adds make_latest itself.
 */
function releasePatchBody(f) {
    const json = {};
    if (f.tagName !== undefined)
        json.tag_name = f.tagName;
    if (f.name !== undefined)
        json.name = f.name;
    if (f.body !== undefined)
        json.body = f.body;
    if (f.prerelease !== undefined)
        json.prerelease = f.prerelease;
    if (f.targetCommitish !== undefined)
        json.target_commitish = f.targetCommitish;
    if (f.draft !== undefined)
        json.draft = f.draft;
    return json;
}
/** The JSON body that creates a draft release (same on GitHub and Gitea). */
function draftCreateBody(f) {
    const json = { tag_name: f.tagName, name: f.name ?? f.tagName, body: f.body ?? '', draft: true, prerelease: f.prerelease ?? false };
    if (f.targetCommitish)
        json.target_commitish = f.targetCommitish;
    return json;
}
/** The published release and the drafts (oldest first) for `tag` among a forge's full release list. */
function lookupRelease(all, tag) {
    const mine = all.filter((r) => r.tagName === tag);
    const drafts = mine.filter((r) => r.draft).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    return { published: mine.find((r) => !r.draft), drafts };
}
class ForgeError extends errors/* RelforgeError */.fY {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'ForgeError';
    }
}
class ReleaseExistsError extends ForgeError {
}
class AssetExistsError extends ForgeError {
}
class PackageFileExistsError extends ForgeError {
}
/** The token was rejected or lacks a permission: never retried, message names the permission. */
class ForgePermissionError extends ForgeError {
}

;// CONCATENATED MODULE: ./src/publishing/forge/client.ts
/**
 * The small HTTP layer both forge adapters share: credentials, JSON in/out, status → typed error
 * (permission problems named with the fix), and paging. All traffic goes through src/platform/http.ts,
 * whose one credential policy decides where the token may go: the adapters hand it the token and the
 * configured API URL, never a per-call decision. API calls need the token, so a URL outside its origins
 * (a `Link: rel="next"` elsewhere, an upload URL on another host) is refused; `credentials: 'if-allowed'`
 * (downloads of URLs a response names) fetches such a URL without it.
 */




class ForgeClient {
    credentials;
    retry;
    headers;
    permissionHint;
    constructor(setup) {
        // The token is a secret wherever this adapter is used (library callers too): redacted from every message.
        for (const v of Object.values(setup.auth))
            (0,secrets/* registerSecret */.cl)(v.replace(/^(?:Bearer|token|Basic)\s+/i, ''));
        this.credentials = { headers: setup.auth, origins: credentialOrigins(setup.apiUrl), what: 'the forge token' };
        this.headers = setup.headers ?? {};
        this.retry = setup.retry;
        this.permissionHint = setup.permissionHint;
    }
    withQuery(url, query) {
        if (!query)
            return url;
        const u = new URL(url);
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                u.searchParams.set(k, String(v));
        return u.href;
    }
    async call(method, url, opts) {
        const headers = { ...this.headers, ...opts.headers };
        let body = opts.body;
        if (opts.json !== undefined) {
            body = JSON.stringify(opts.json);
            headers['content-type'] = 'application/json';
        }
        const res = await request({
            method,
            url: this.withQuery(url, opts.query),
            headers,
            body,
            credentials: this.credentials,
            needsCredentials: opts.credentials !== 'if-allowed',
            attempts: this.retry.attempts,
            baseDelayMs: this.retry.baseDelayMs,
            maxDelayMs: this.retry.maxDelayMs,
            timeoutMs: this.retry.timeoutMs,
            onRetry: this.retry.onRetry,
            retry: opts.retry,
            saveTo: opts.saveTo,
            consume: opts.consume,
            followRedirects: opts.followRedirects,
        });
        const good = opts.ok ? opts.ok.includes(res.status) : res.status >= 200 && res.status < 300;
        if (good || opts.allow?.includes(res.status))
            return res;
        throw this.failure(res, opts.what, url);
    }
    failure(res, what, url) {
        const text = describeFailure(res, `Could not ${what}`);
        const rateLimited = res.status === 429 || (res.status === 403 && (/rate limit/i.test(res.text()) || res.headers['x-ratelimit-remaining'] === '0'));
        if (rateLimited)
            return new ForgeError(`${text}. The forge's rate limit was still exceeded after every retry: wait for the limit to reset (x-ratelimit-reset) and re-run; the publish step is safe to re-run.`, res.status);
        const foreign = url !== undefined && !credentialsAllowed(url, this.credentials.origins);
        if (foreign && [401, 403, 404].includes(res.status)) {
            return new ForgeError(`${text}. It was fetched without the token: ${new URL(url).origin} is not the configured API origin (${this.credentials.origins.join(', ')}), so the token is never sent there. Check the configured API URL and the server's ROOT_URL (Gitea/Forgejo).`, res.status);
        }
        if (res.status === 401 || res.status === 403)
            return new ForgePermissionError(`${text}. ${this.permissionHint(what, res.status)}`, res.status);
        if (res.status === 413)
            return new ForgeError(`${text}. The file is larger than the forge accepts (Gitea/Forgejo: [repository.release] FILE_MAX_SIZE, default 2048 MB; GitHub: 2 GiB per asset).`, 413);
        if (res.status >= 500)
            return new ForgeError(`${text}. The forge failed after every retry; re-run the step (it converges: nothing is duplicated).`, res.status);
        return new ForgeError(text, res.status);
    }
    async json(method, url, opts) {
        const res = await this.call(method, url, opts);
        try {
            return res.json();
        }
        catch {
            throw new ForgeError(`Could not ${opts.what}: the forge answered HTTP ${res.status} with a body that is not JSON (${(0,secrets/* excerpt */.Kb)(res.text(), 200)}). Check that the API URL points at the forge's API root.`, res.status);
        }
    }
    /**
     * Every page of a list endpoint. Follows `Link: rel="next"` when present — a link outside the API origin is
     * refused by the credential policy (the list would come from elsewhere); otherwise stops at the first page
     * shorter than `pageSize` (Gitea caps `limit` at 50 whatever is asked).
     */
    async all(url, opts) {
        const out = [];
        let next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: 1 });
        for (let page = 1; next && page <= (opts.maxPages ?? 1000); page++) {
            const res = await this.call('GET', next, { ...opts, query: undefined, credentials: 'required' });
            let items;
            try {
                items = res.json();
            }
            catch {
                throw new ForgeError(`Could not ${opts.what}: page ${page} is not JSON.`, res.status);
            }
            if (!Array.isArray(items))
                throw new ForgeError(`Could not ${opts.what}: page ${page} is not a list.`, res.status);
            out.push(...items);
            const link = String(res.headers.link ?? '');
            const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link);
            if (m)
                next = new URL(m[1], next).href;
            else if (link === '' && items.length > 0 && items.length >= Math.min(opts.pageSize, 50)) {
                next = this.withQuery(url, { ...opts.query, [opts.sizeParam]: opts.pageSize, [opts.pageParam]: page + 1 });
            }
            else
                next = undefined;
        }
        return out;
    }
    /** SHA-256 of a download, hashed while it streams (no temp file, memory independent of the size). */
    async sha256(url, opts) {
        let hex;
        await this.call('GET', url, {
            ...opts,
            consume: async (body) => {
                const h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
                for await (const chunk of body)
                    h.update(chunk);
                hex = h.digest('hex');
            },
        });
        if (hex === undefined)
            throw new ForgeError(`Could not ${opts.what}: the forge answered without a body.`);
        return hex;
    }
}

;// CONCATENATED MODULE: ./src/publishing/forge/github.ts
/**
 * GitHub (github.com and GHES) releases adapter. Paths and shapes: ../shared/api-specs/github-releases.openapi.json.
 * - releases are found by listing (`releases/tags/{tag}` hides drafts), per_page=100 with Link paging;
 * - assets upload to the release's `upload_url` host (uploads.github.com; GHES `/api/uploads`), raw body,
 *   `?name=`, explicit Content-Type/Content-Length, streamed;
 * - 422 `already_exists` on create (release) and upload (asset) map to typed errors;
 * - `digest: "sha256:<hex>"` is surfaced as `sha256`.
 */



const GITHUB_CAPABILITIES = {
    duplicateAssetNames: false,
    assetDigest: true,
    releaseExistsStatus: 422,
    immutableReleases: true,
    rateLimitHeaders: true,
    draftCreatesTagAtPublish: true,
    makeLatest: true,
    genericPackages: false,
    renamesUnusualAssetNames: true,
    renameAssets: true,
};
class GitHubForge {
    apiUrl;
    owner;
    repo;
    kind = 'github';
    capabilities = GITHUB_CAPABILITIES;
    http;
    base;
    constructor(apiUrl, owner, repo, token, retry = {}) {
        this.apiUrl = apiUrl;
        this.owner = owner;
        this.repo = repo;
        this.base = `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        this.http = new ForgeClient({
            apiUrl,
            auth: { authorization: `Bearer ${token}` },
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
            retry,
            permissionHint: (what, status) => `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: with GITHUB_TOKEN give the job \`permissions: contents: write\`; ` +
                `with a personal token use a fine-grained token with "Contents: read and write" on this repository (classic: \`repo\` scope). ` +
                `A release whose target commit changes files under .github/workflows also needs the \`workflow\` scope, which GITHUB_TOKEN cannot have.`,
        });
    }
    release(r) {
        return { ...restRelease(r), immutable: r.immutable === true, uploadUrl: r.upload_url.replace(/\{[^}]*\}$/, '') };
    }
    asset(a) {
        const m = /^sha256:([0-9a-f]{64})$/i.exec(a.digest ?? '');
        return { id: a.id, name: a.name, size: a.size, sha256: m ? m[1].toLowerCase() : undefined, state: a.state, downloadUrl: a.browser_download_url };
    }
    async findRelease(tag) {
        const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
        return lookupRelease(all.map((r) => this.release(r)), tag);
    }
    async createDraft(f) {
        const json = draftCreateBody(f);
        const what = `create the draft release for ${f.tagName}`;
        const res = await this.http.call('POST', `${this.base}/releases`, { what, json, ok: [201], allow: [422], retry: 'rate-limit' });
        if (res.status === 422) {
            const err = safeJson(res.text());
            if (err?.errors?.some((e) => e.code === 'already_exists' && e.field === 'tag_name'))
                throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 422);
            const raw = err?.errors?.map((e) => e.message ?? `${e.field} ${e.code}`).join('; ') || err?.message || res.text();
            const hint = /immutable/i.test(raw) ? ' The tag was used by an immutable release and can never be reused: cut a new version.' : '';
            throw new ForgeError(`Could not ${what}: HTTP 422 — ${(0,secrets/* excerpt */.Kb)(raw, 300)}.${hint}`, 422);
        }
        return this.release(res.json());
    }
    async getRelease(id) {
        return this.release(await this.http.json('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
    }
    async updateRelease(id, f) {
        const json = releasePatchBody(f);
        if (f.makeLatest !== undefined)
            json.make_latest = f.makeLatest;
        return this.release(await this.http.json('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
    }
    async deleteRelease(id) {
        await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
    }
    async publish(id, f) {
        return this.updateRelease(id, { draft: false, prerelease: f.prerelease, makeLatest: f.makeLatest ?? (f.prerelease ? 'false' : 'true'), name: f.name, body: f.body });
    }
    async listAssets(release) {
        const list = await this.http.all(`${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}`, pageParam: 'page', sizeParam: 'per_page', pageSize: 100 });
        return list.map((a) => this.asset(a));
    }
    async uploadAsset(release, file) {
        // upload_url comes from the answer: the credential policy sends the token only if it is the API origin or its
        // uploads sibling (uploads.github.com; GHES /api/uploads on the API origin), else refuses naming the origin.
        const what = `upload ${file.name} to release ${release.tagName}`;
        const res = await this.http.call('POST', release.uploadUrl, {
            what,
            query: { name: file.name },
            headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
            body: { file: file.path, observe: file.observe },
            ok: [201],
            allow: [422],
            retry: 'rate-limit',
        });
        if (res.status === 422) {
            const err = safeJson(res.text());
            if (err?.errors?.some((e) => e.code === 'already_exists'))
                throw new AssetExistsError(`An asset named ${file.name} already exists on ${release.tagName}.`, 422);
            throw new ForgeError(`Could not ${what}: HTTP 422 — ${(0,secrets/* excerpt */.Kb)(err?.message ?? res.text(), 300)}`, 422);
        }
        return this.asset(res.json());
    }
    async deleteAsset(release, asset) {
        await this.http.call('DELETE', `${this.base}/releases/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
    }
    /** The API's asset URL answers 302 to object storage: the redirect hop is fetched without the token. */
    async downloadAsset(release, asset, dest) {
        await this.http.call('GET', `${this.base}/releases/assets/${asset.id}`, { ...this.download(release, asset), saveTo: dest });
    }
    async hashAsset(release, asset) {
        return this.http.sha256(`${this.base}/releases/assets/${asset.id}`, this.download(release, asset));
    }
    download(release, asset) {
        return { what: `download asset ${asset.name} of ${release.tagName}`, headers: { accept: 'application/octet-stream' }, followRedirects: 3 };
    }
    async renameAsset(release, asset, name) {
        const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
        return this.asset(await this.http.json('PATCH', `${this.base}/releases/assets/${asset.id}`, { what, json: { name } }));
    }
    noPackages() {
        throw new ForgeError('GitHub has no generic package registry: upload packages as release assets, or use a Gitea/Forgejo instance for generic packages.');
    }
    async uploadPackageFile(_pkg, _file) {
        this.noPackages();
    }
    async listPackageFiles(_pkg) {
        this.noPackages();
    }
    async deletePackageFile(_pkg, _name) {
        this.noPackages();
    }
    async downloadPackageFile(_pkg, _name, _dest) {
        this.noPackages();
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/publishing/forge/gitea.ts
/**
 * Gitea (≥ 1.21) and Forgejo (≥ 7) adapter. Paths and shapes: ../shared/api-specs/gitea-releases.openapi.json.
 * - releases listed with `limit=50` (the server cap) and Link paging; drafts included;
 * - 409 on create = a release exists for the tag;
 * - attachments: duplicate names are accepted by the server, so the recipe deletes same-name ones first;
 *   upload is multipart/form-data field `attachment` (works on every version; the raw body needs ≥ 1.22),
 *   the envelope is built here around the streamed file with an exact Content-Length;
 * - no digest, no rate-limit headers, no make_latest;
 * - generic packages under `{server}/api/packages/{owner}/generic/{name}/{version}/{file}` (PUT 201, 409 duplicate)
 *   and checksums from `/api/v1/packages/{owner}/generic/{name}/{version}/files`.
 */




const GITEA_CAPABILITIES = {
    duplicateAssetNames: true,
    assetDigest: false,
    releaseExistsStatus: 409,
    immutableReleases: false,
    rateLimitHeaders: false,
    draftCreatesTagAtPublish: true,
    makeLatest: false,
    genericPackages: true,
    renamesUnusualAssetNames: false,
    renameAssets: true,
};
/** `name`/`file` rules of routers/api/packages/generic/generic.go (a 400 otherwise). */
const PACKAGE_NAME = /^[-_+.\w]+$/;
const PACKAGE_FILE = /^[-_+=:;.()[\]{}~!@#$%^& \w]+$/;
function multipartEnvelope(field, filename, contentType = 'application/octet-stream') {
    const boundary = `----relforge${(0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex')}`;
    // Quotes and line breaks cannot appear in a safe asset name; escape anyway (WHATWG multipart encoding).
    const quoted = filename.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${quoted}"\r\nContent-Type: ${contentType}\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    return { boundary, head, tail };
}
class GiteaForge {
    kind;
    apiUrl;
    owner;
    repo;
    capabilities = GITEA_CAPABILITIES;
    http;
    base;
    api;
    /** Server root (API URL without `/api/v1`), for the generic package registry. */
    serverUrl;
    constructor(kind, apiUrl, owner, repo, token, retry = {}) {
        this.kind = kind;
        this.apiUrl = apiUrl;
        this.owner = owner;
        this.repo = repo;
        this.api = apiUrl.replace(/\/+$/, '');
        this.serverUrl = this.api.replace(/\/api\/v1$/, '');
        this.base = `${this.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
        const product = kind === 'forgejo' ? 'Forgejo' : 'Gitea';
        this.http = new ForgeClient({
            apiUrl,
            auth: { authorization: `token ${token}` },
            headers: { accept: 'application/json' },
            retry,
            permissionHint: (what, status) => /package file|files of package/.test(what)
                ? `The token was refused (HTTP ${status}) for "${what}": ${product}'s Actions job token can only read packages; publishing needs a personal access token with the \`write:package\` scope.`
                : `The token was refused (HTTP ${status}) for "${what}" on ${owner}/${repo}: the job token needs \`permissions: contents: write\` (${product} ≥ 1.26 honours \`permissions:\`; older servers: check the repository's Actions token setting), or use a personal access token with the \`write:repository\` scope.`,
        });
    }
    release(r) {
        return { ...restRelease(r), immutable: false, uploadUrl: `${this.base}/releases/${r.id}/assets` };
    }
    asset(a) {
        return { id: a.id, name: a.name, size: a.size, state: 'uploaded', downloadUrl: a.browser_download_url, uuid: a.uuid };
    }
    async findRelease(tag) {
        const all = await this.http.all(`${this.base}/releases`, { what: `list the releases of ${this.owner}/${this.repo}`, pageParam: 'page', sizeParam: 'limit', pageSize: 50 });
        return lookupRelease(all.map((r) => this.release(r)), tag);
    }
    async getRelease(id) {
        return this.release(await this.http.json('GET', `${this.base}/releases/${id}`, { what: `read release ${id}` }));
    }
    async createDraft(f) {
        const json = draftCreateBody(f);
        const res = await this.http.call('POST', `${this.base}/releases`, { what: `create the draft release for ${f.tagName}`, json, ok: [201], allow: [409], retry: 'rate-limit' });
        if (res.status === 409)
            throw new ReleaseExistsError(`A release for ${f.tagName} already exists.`, 409);
        return this.release(res.json());
    }
    async updateRelease(id, f) {
        const json = releasePatchBody(f);
        return this.release(await this.http.json('PATCH', `${this.base}/releases/${id}`, { what: `update release ${id}`, json }));
    }
    async deleteRelease(id) {
        await this.http.call('DELETE', `${this.base}/releases/${id}`, { what: `delete release ${id}`, allow: [404] });
    }
    async publish(id, f) {
        return this.updateRelease(id, { draft: false, prerelease: f.prerelease, name: f.name, body: f.body });
    }
    async listAssets(release) {
        const list = await this.http.json('GET', `${this.base}/releases/${release.id}/assets`, { what: `list the assets of release ${release.tagName}` });
        return list.map((a) => this.asset(a));
    }
    async uploadAsset(release, file) {
        assertSafeName(file.name, 'asset name');
        const env = multipartEnvelope('attachment', file.name, file.contentType);
        const res = await this.http.call('POST', `${this.base}/releases/${release.id}/assets`, {
            what: `upload ${file.name} to release ${release.tagName}`,
            query: { name: file.name },
            headers: { 'content-type': `multipart/form-data; boundary=${env.boundary}` },
            body: { parts: [env.head, { file: file.path, observe: file.observe }, env.tail] },
            ok: [201],
            retry: 'rate-limit',
        });
        return this.asset(res.json());
    }
    async deleteAsset(release, asset) {
        await this.http.call('DELETE', `${this.base}/releases/${release.id}/assets/${asset.id}`, { what: `delete asset ${asset.name} from ${release.tagName}`, allow: [404] });
    }
    async downloadAsset(release, asset, dest) {
        const { url, opts } = this.download(release, asset);
        await this.http.call('GET', url, { ...opts, saveTo: dest });
    }
    async hashAsset(release, asset) {
        const { url, opts } = this.download(release, asset);
        return this.http.sha256(url, opts);
    }
    /**
     * Where an attachment's bytes are read: `/attachments/{uuid}` on the configured server origin (drafts too;
     * Gitea and Forgejo accept the token on that route). browser_download_url is built from the server's ROOT_URL,
     * often another origin (http:// behind a TLS proxy): it is used only without a uuid, and then fetched
     * without the token unless it is the API origin (the HTTP layer's credential policy).
     */
    download(release, asset) {
        const what = `download asset ${asset.name} of ${release.tagName}`;
        const opts = { what, headers: { accept: 'application/octet-stream' }, followRedirects: 3 };
        if (asset.uuid)
            return { url: `${this.serverUrl}/attachments/${encodeURIComponent(asset.uuid)}`, opts };
        return { url: asset.downloadUrl, opts: { ...opts, credentials: 'if-allowed' } };
    }
    async renameAsset(release, asset, name) {
        const what = `rename asset ${asset.name} of ${release.tagName} to ${name}`;
        const json = { name };
        return this.asset(await this.http.json('PATCH', `${this.base}/releases/${release.id}/assets/${asset.id}`, { what, json, ok: [200, 201] }));
    }
    packageUrl(pkg, file) {
        const owner = pkg.owner ?? this.owner;
        if (!PACKAGE_NAME.test(pkg.name) || pkg.name === '..')
            throw new ForgeError(`Package name "${pkg.name}" is not accepted by the generic registry: use letters, digits and - _ + . only.`);
        if (pkg.version === '' || pkg.version.trim() !== pkg.version || /[/\\]/.test(pkg.version))
            throw new ForgeError(`Package version "${pkg.version}" is not accepted: no surrounding whitespace, no slashes.`);
        if (file !== undefined && (!PACKAGE_FILE.test(file) || file.trim() !== file || file === '.' || file === '..')) {
            throw new ForgeError(`Package file name "${file}" is not accepted by the generic registry: use letters, digits, spaces (not leading/trailing) and -_+=:;.()[]{}~!@#$%^& only.`);
        }
        const parts = [this.serverUrl, 'api', 'packages', owner, 'generic', pkg.name, pkg.version].map((p, i) => (i === 0 || i === 1 || i === 2 || i === 4 ? p : encodeURIComponent(p)));
        return `${parts.join('/')}${file !== undefined ? `/${encodeURIComponent(file)}` : ''}`;
    }
    async uploadPackageFile(pkg, file) {
        const what = `upload package file ${pkg.name}/${pkg.version}/${file.name}`;
        const res = await this.http.call('PUT', this.packageUrl(pkg, file.name), {
            what,
            headers: { 'content-type': file.contentType ?? 'application/octet-stream' },
            body: { file: file.path, observe: file.observe },
            ok: [201],
            allow: [409],
            retry: 'rate-limit',
        });
        if (res.status === 409)
            throw new PackageFileExistsError(`Package ${pkg.name} ${pkg.version} already has a file named ${file.name}.`, 409);
    }
    async listPackageFiles(pkg) {
        this.packageUrl(pkg);
        const owner = encodeURIComponent(pkg.owner ?? this.owner);
        const url = `${this.api}/packages/${owner}/generic/${encodeURIComponent(pkg.name)}/${encodeURIComponent(pkg.version)}/files`;
        const res = await this.http.call('GET', url, { what: `list the files of package ${pkg.name} ${pkg.version}`, allow: [404] });
        if (res.status === 404)
            return [];
        return res.json().map((f) => ({ id: f.id, name: f.name, size: f.size, sha256: String(f.sha256).toLowerCase() }));
    }
    async deletePackageFile(pkg, fileName) {
        await this.http.call('DELETE', this.packageUrl(pkg, fileName), { what: `delete package file ${pkg.name}/${pkg.version}/${fileName}`, allow: [404] });
    }
    async downloadPackageFile(pkg, fileName, dest) {
        await this.http.call('GET', this.packageUrl(pkg, fileName), { what: `download package file ${pkg.name}/${pkg.version}/${fileName}`, saveTo: dest, followRedirects: 3 });
    }
}

;// CONCATENATED MODULE: ./src/publishing/forge/index.ts
/**
 * `createForge`: picks the adapter from the runtime (FORGEJO_ACTIONS → Forgejo, GITEA_ACTIONS → Gitea,
 * else GitHub; forges.md §7) and GITHUB_API_URL, with the `forge` / `api-url` inputs overriding both.
 */








const KINDS = ['github', 'gitea', 'forgejo'];
/** The forge kind from the `forge` input, else the runner (FORGEJO_ACTIONS → GITEA_ACTIONS → GitHub). */
function forgeKind(opts, env, p) {
    const input = (opts.forge ?? '').trim().toLowerCase();
    if (!input)
        return detectRuntime(env).forge;
    if (KINDS.includes(input))
        return input;
    p.add('forge', `must be one of ${KINDS.join(', ')} (or empty to detect), got "${opts.forge}".`);
    return detectRuntime(env).forge;
}
function createForge(opts) {
    const env = opts.env ?? process.env;
    const runtime = detectRuntime(env);
    const p = new errors/* Problems */.Zw();
    const kind = forgeKind(opts, env, p);
    let apiUrl = (opts.apiUrl ?? '').trim().replace(/\/+$/, '');
    if (!apiUrl) {
        // Forge forced to Gitea/Forgejo without an API URL on a GitHub-shaped environment: derive from the server URL.
        apiUrl = kind !== runtime.forge && kind !== 'github' && !env.GITHUB_API_URL ? `${runtime.serverUrl}/api/v1` : runtime.apiUrl;
    }
    // https only (http on loopback), and never a user name or password: those would be printed and published.
    const urlProblem = urlInputProblem(apiUrl);
    if (urlProblem)
        p.add('api-url', urlProblem);
    const repository = (opts.repository || env.GITHUB_REPOSITORY || '').trim();
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!m || m[2] === '.' || m[2] === '..')
        p.add('repository', `must be "owner/name" (default: GITHUB_REPOSITORY), got "${repository}".`);
    if (!opts.token)
        p.add('token', TOKEN_MISSING);
    p.throwIfAny();
    const [, owner, repo] = m;
    return kind === 'github' ? new GitHubForge(apiUrl, owner, repo, opts.token, opts.retry) : new GiteaForge(kind, apiUrl, owner, repo, opts.token, opts.retry);
}
/** The problem text of an empty token (continues after the option's name). */
const TOKEN_MISSING = 'is empty: give a token that can write releases (the action\'s default is the job token, github.token), or plan with {{dry-run}} without a token.';
/**
 * Stands in for a forge in a dry run without a token: it has the kind's capabilities, and any call is a bug
 * (such a dry run plans from the local files only).
 */
function offlineForge(opts) {
    const p = new errors/* Problems */.Zw();
    const kind = forgeKind(opts, opts.env ?? process.env, p);
    p.throwIfAny();
    const capabilities = kind === 'github' ? GITHUB_CAPABILITIES : GITEA_CAPABILITIES;
    const base = { kind, apiUrl: opts.apiUrl ?? '', owner: '', repo: '', capabilities };
    return new Proxy(base, {
        get(t, prop) {
            if (prop in t)
                return t[prop];
            return () => {
                throw new Error(`internal: dry run without a token called forge.${String(prop)}`);
            };
        },
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/signing/minisign/core/errors.ts
/** The minisign core's two refusals: a text that is not what it claims, and a signature that does not verify. */

/** A key, signature or comment text is not in the minisign format it claims (or asks for unsupported parameters). */
class errors_MinisignFormatError extends errors/* FormatError */.IF {
}
/** A well-formed signature does not verify: other key, altered file or comment, wrong password, or another version than required. */
class MinisignVerificationError extends errors/* RelforgeError */.fY {
    constructor(message) {
        super(message);
        this.name = 'MinisignVerificationError';
    }
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/blake2b.ts
/**
 * BLAKE2b (RFC 7693) with any output length 1..64, unkeyed. Node's crypto only offers the fixed
 * 64-byte `blake2b512` (and BLAKE2b-256 is not a truncation of it: the length is in the parameter
 * block), but minisign's secret-key checksum is BLAKE2b-256. Small inputs only (key files):
 * BigInt arithmetic, not fast. Streamed file hashing uses Node's `blake2b512`.
 */
const MASK = (1n << 64n) - 1n;
const IV = [
    0x6a09e667f3bcc908n, 0xbb67ae8584caa73bn, 0x3c6ef372fe94f82bn, 0xa54ff53a5f1d36f1n,
    0x510e527fade682d1n, 0x9b05688c2b3e6c1fn, 0x1f83d9abfb41bd6bn, 0x5be0cd19137e2179n,
];
const SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const rotr = (x, n) => ((x >> n) | (x << (64n - n))) & MASK;
function compress(h, block, t, last) {
    const v = [...h, ...IV];
    v[12] = v[12] ^ (t & MASK);
    v[13] = v[13] ^ (t >> 64n);
    if (last)
        v[14] = v[14] ^ MASK;
    const m = [];
    for (let i = 0; i < 16; i++)
        m.push(block.readBigUInt64LE(i * 8));
    const g = (a, b, c, d, x, y) => {
        v[a] = (v[a] + v[b] + x) & MASK;
        v[d] = rotr(v[d] ^ v[a], 32n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 24n);
        v[a] = (v[a] + v[b] + y) & MASK;
        v[d] = rotr(v[d] ^ v[a], 16n);
        v[c] = (v[c] + v[d]) & MASK;
        v[b] = rotr(v[b] ^ v[c], 63n);
    };
    for (let r = 0; r < 12; r++) {
        const s = SIGMA[r % 10];
        g(0, 4, 8, 12, m[s[0]], m[s[1]]);
        g(1, 5, 9, 13, m[s[2]], m[s[3]]);
        g(2, 6, 10, 14, m[s[4]], m[s[5]]);
        g(3, 7, 11, 15, m[s[6]], m[s[7]]);
        g(0, 5, 10, 15, m[s[8]], m[s[9]]);
        g(1, 6, 11, 12, m[s[10]], m[s[11]]);
        g(2, 7, 8, 13, m[s[12]], m[s[13]]);
        g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (let i = 0; i < 8; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 8];
}
/** Unkeyed BLAKE2b of `data` with an `outlen`-byte digest. */
function blake2b(data, outlen) {
    if (!Number.isInteger(outlen) || outlen < 1 || outlen > 64)
        throw new RangeError('BLAKE2b output length must be 1..64');
    const h = [...IV];
    h[0] = h[0] ^ 0x01010000n ^ BigInt(outlen);
    const blocks = Math.max(1, Math.ceil(data.length / 128));
    for (let i = 0; i < blocks; i++) {
        const chunk = Buffer.alloc(128);
        data.copy(chunk, 0, i * 128, Math.min(data.length, (i + 1) * 128));
        const last = i === blocks - 1;
        compress(h, chunk, BigInt(last ? data.length : (i + 1) * 128), last);
    }
    const out = Buffer.alloc(64);
    h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
    return Buffer.from(out.subarray(0, outlen));
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/ed25519.ts
/**
 * Ed25519 verification (RFC 8032 §5.1.7) finished from a caller-computed hash, so a signature over a whole
 * file (minisign legacy `Ed`, `format: raw`) can be checked in bounded memory: the adapter streams
 * k = SHA-512(R ‖ A ‖ message) over the file, this module does the curve arithmetic with BigInt.
 * Node's crypto (OpenSSL) only verifies Ed25519 one-shot, with the whole message in memory.
 *
 * Pure and public-data only (verification has no secret, so variable-time arithmetic is fine). Signing is
 * left to Node's constant-time implementation. Checked against Node's crypto.verify on RFC 8032 vectors,
 * random keys and messages, and altered signatures (test/signing/ed25519-stream.test.ts).
 *
 * The check is the cofactorless one OpenSSL makes: S < L, A decodes (canonical y), and
 * encode([S]B − [k]A) equals the signature's R bytes; like libsodium (minisign), a public key or R of small
 * order is refused. So whatever this accepts, Node's crypto.verify accepts too (tested on edge cases).
 */
const P = 2n ** 255n - 19n;
/** Order of the base point. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = pow(2n, (P - 1n) / 4n);
function mod(a, m = P) {
    const r = a % m;
    return r < 0n ? r + m : r;
}
function pow(base, exp) {
    let result = 1n;
    let b = mod(base);
    let e = exp;
    while (e > 0n) {
        if (e & 1n)
            result = (result * b) % P;
        b = (b * b) % P;
        e >>= 1n;
    }
    return result;
}
function inverse(a) {
    return pow(a, P - 2n);
}
/** Little-endian bytes → integer. */
function leToBigInt(bytes) {
    let n = 0n;
    for (let i = bytes.length - 1; i >= 0; i--)
        n = (n << 8n) | BigInt(bytes[i]);
    return n;
}
/** Extended twisted Edwards addition (a = −1), complete: also doubles. RFC 8032 §5.1.4. */
function add(p, q) {
    const a = mod((p[1] - p[0]) * (q[1] - q[0]));
    const b = mod((p[1] + p[0]) * (q[1] + q[0]));
    const c = mod(2n * D * p[3] * q[3]);
    const d = mod(2n * p[2] * q[2]);
    const e = b - a;
    const f = d - c;
    const g = d + c;
    const h = b + a;
    return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
}
const IDENTITY = [0n, 1n, 1n, 0n];
function multiply(s, p) {
    let q = IDENTITY;
    let addend = p;
    for (let k = s; k > 0n; k >>= 1n) {
        if (k & 1n)
            q = add(q, addend);
        addend = add(addend, addend);
    }
    return q;
}
/** [8]P is the identity: P is one of the eight points of small order (never a real key or R). */
function hasSmallOrder(p) {
    const q = add(add(add(p, p), add(p, p)), add(add(p, p), add(p, p)));
    return q[0] === 0n && q[1] === q[2];
}
function negate(p) {
    return [mod(-p[0]), p[1], p[2], mod(-p[3])];
}
/** RFC 8032 §5.1.3 point decoding; undefined for an invalid or non-canonical encoding. */
function decodePoint(bytes) {
    if (bytes.length !== 32)
        return undefined;
    const copy = Uint8Array.from(bytes);
    const sign = copy[31] >> 7;
    copy[31] &= 0x7f;
    const y = leToBigInt(copy);
    if (y >= P)
        return undefined;
    const y2 = mod(y * y);
    const x2 = mod((y2 - 1n) * inverse(D * y2 + 1n));
    if (x2 === 0n)
        return sign ? undefined : [0n, y, 1n, 0n];
    let x = pow(x2, (P + 3n) / 8n);
    if (mod(x * x) !== x2)
        x = mod(x * SQRT_M1);
    if (mod(x * x) !== x2)
        return undefined;
    if (Number(x & 1n) !== sign)
        x = P - x;
    return [x, y, 1n, mod(x * y)];
}
function encodePoint(p) {
    const zi = inverse(p[2]);
    const x = mod(p[0] * zi);
    let y = mod(p[1] * zi);
    const out = Buffer.alloc(32);
    for (let i = 0; i < 32; i++) {
        out[i] = Number(y & 0xffn);
        y >>= 8n;
    }
    out[31] |= Number(x & 1n) << 7;
    return out;
}
const BASE = (() => {
    const y = mod(4n * inverse(5n));
    const enc = Buffer.alloc(32);
    let v = y;
    for (let i = 0; i < 32; i++) {
        enc[i] = Number(v & 0xffn);
        v >>= 8n;
    }
    return decodePoint(enc);
})();
/**
 * Verifies a 64-byte Ed25519 signature (R ‖ S) by a 32-byte public key A, given
 * `hram` = SHA-512(R ‖ A ‖ message) (64 bytes) computed by the caller over the whole message.
 */
function ed25519_verifyEd25519Hram(publicKey, signature, hram) {
    if (publicKey.length !== 32 || signature.length !== 64 || hram.length !== 64)
        return false;
    const s = leToBigInt(signature.subarray(32, 64));
    if (s >= L)
        return false;
    const a = decodePoint(publicKey);
    const r0 = decodePoint(signature.subarray(0, 32));
    if (!a || !r0 || hasSmallOrder(a) || hasSmallOrder(r0))
        return false;
    const k = mod(leToBigInt(hram), L);
    const r = add(multiply(s, BASE), negate(multiply(k, a)));
    return encodePoint(r).equals(Buffer.from(signature.subarray(0, 32)));
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/trusted-comment.ts
/**
 * The signed trusted comment as relforge writes and reads it: tab-separated `name:value` fields
 * (`version:1.4.0<TAB>file:app-linux-x86_64<TAB>platform:linux-x86_64<TAB>timestamp:1700000000`).
 * Pure.
 *
 * Fields must not be forgeable through their values: a file named `evil<TAB>version:9.9.9` would otherwise add
 * a `version:` field to a validly signed comment. So every value that goes in is checked (no tab, line break or
 * other control character), and a reader refuses a comment that names the field it asks for twice.
 */

/** Why `value` cannot go into a trusted comment field (continues after the value's name), or undefined. */
function commentValueProblem(value) {
    // C0 controls (tab, CR, LF, NUL…), DEL and the Unicode line/paragraph separators.
    const bad = /[\x00-\x1f\x7f\u2028\u2029]/.exec(value);
    if (!bad)
        return undefined;
    const what = bad[0] === '\t' ? 'a tab' : bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : `the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
    return `contains ${what}, which would add or split fields of the signed trusted comment`;
}
/** `version:…<TAB>file:…<TAB>platform:…<TAB>timestamp:…`, fields without a value left out. */
function defaultTrustedComment(fields) {
    const parts = [];
    if (fields.version)
        parts.push(`version:${fields.version}`);
    parts.push(`file:${fields.file}`);
    if (fields.platform)
        parts.push(`platform:${fields.platform}`);
    parts.push(`timestamp:${fields.timestamp}`);
    return parts.join('\t');
}
/**
 * The trusted comment for one file: `template` with {version} {file} {platform} {timestamp} filled in, or the
 * default. Every value is checked first (MinisignFormatError naming the value and the fix).
 */
function trusted_comment_renderTrustedComment(template, fields) {
    for (const [name, value] of Object.entries(fields)) {
        if (value === undefined)
            continue;
        const problem = commentValueProblem(String(value));
        if (problem) {
            const fix = name === 'file' ? 'rename the file' : `fix the ${name}`;
            throw new MinisignFormatError(`The ${name} "${String(value).replace(/[\x00-\x1f\x7f]/g, '?')}" ${problem}: ${fix}.`);
        }
    }
    if (!template)
        return defaultTrustedComment(fields);
    return template.replace(/\{(version|file|platform|timestamp)\}/g, (_, k) => String(fields[k] ?? ''));
}
/**
 * Value of `name:` in a tab-separated trusted comment, or undefined. A comment naming the field twice is
 * ambiguous (which one did the signer mean?) and refused with MinisignFormatError.
 */
function trustedCommentField(trustedComment, name) {
    let found;
    for (const field of trustedComment.split('\t')) {
        const i = field.indexOf(':');
        if (i <= 0 || field.slice(0, i).trim() !== name)
            continue;
        if (found !== undefined) {
            throw new errors_MinisignFormatError(`The trusted comment has more than one "${name}:" field (a tab in a signed value?): refusing an ambiguous signature; re-sign the file.`);
        }
        found = field.slice(i + 1).trim();
    }
    return found;
}
/** The `timestamp:` of a trusted comment as unix seconds, or undefined. */
function trusted_comment_commentTimestamp(trustedComment) {
    const t = trustedCommentField(trustedComment, 'timestamp');
    return t !== undefined && /^\d{1,12}$/.test(t) ? Number(t) : undefined;
}

;// CONCATENATED MODULE: ./src/signing/minisign/core/format.ts
/**
 * minisign / signify formats (pure: strings and buffers in, values out; no files, no env).
 * Byte layouts: /work/shared/reference/formats.md §1–2 (jedisct1/minisign 0.11 `src/minisign.h`).
 *
 * API (stable; the packages code and the CLI build on it):
 *   parsePublicKey(text)              → ParsedPublicKey   2-line `.pub` file, its base64 line, or base64 of the whole file (Tauri)
 *   formatPublicKey(keyId, pk)        → `.pub` text (2 lines + "\n"), byte-identical to minisign's
 *   keyIdHex(keyId)                   → 16 upper-case hex digits, keynum read as little-endian u64 (what minisign prints)
 *   parseSecretKey(text)              → ParsedSecretKey   (encrypted or not; use decryptSecretKey / scryptParams to open it)
 *   scryptParams(opslimit, memlimit)  → {N, r, p, maxmem} exactly as libsodium's crypto_pwhash_scryptsalsa208sha256 picks them
 *   openSecretKey(parsed, stream?)    → SecretKeyMaterial (XORs the 104-byte scrypt stream when encrypted, checks the BLAKE2b-256 checksum)
 *   sealSecretKey(material, opts)     → `.key` text (unencrypted like `minisign -G -W`, or encrypted with a caller-derived stream)
 *   parseSignature(text)              → ParsedSignature   4-line `.minisig` (or base64 of it, Tauri's `.sig`)
 *   formatSignature(parts)            → `.minisig` text (4 lines + "\n")
 *   ed25519PrivateKey(seed) / ed25519PublicKey(pk) / publicKeyFromSeed(seed)   Node KeyObjects from raw bytes
 *   signPrehashed(privateKey, keyId, blake2b512Digest, opts)  → `.minisig` text for algorithm `ED`
 *   signMessage(privateKey, keyId, data, opts)                → `.minisig` text for `ED` (hashes `data`) or legacy `Ed`
 *   verifySignature(sig, pub, {digest? | data?}, opts)        → {trustedComment, keyIdHex}; `data` is the file, or for legacy
 *                                     `Ed` the LegacyMessage the adapter streamed (bounded memory, ./ed25519.ts finishes the check)
 *   trustedCommentField(tc, name)     → value of `name:` in a tab-separated trusted comment (./trusted-comment.ts; a repeated field is refused)
 *   sanitizeComment(text, what)       → rejects newlines / over-long comments
 * Errors: MinisignFormatError (a FormatError: the text is not what it claims) and MinisignVerificationError (a
 * RelforgeError: a well-formed signature does not verify), both from ./errors.ts.
 */







const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign's COMMENTMAXBYTES and TRUSTED_COMMENT_MAX_BYTES. */
const UNTRUSTED_COMMENT_MAX = 1024;
const TRUSTED_COMMENT_MAX = 8192;
/** libsodium crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE: what `minisign -G` uses. */
const format_MINISIGN_OPSLIMIT = 33554432;
const format_MINISIGN_MEMLIMIT = 1073741824;
/** Upper bound on the memory a key file may make scrypt use (a hostile key could ask for terabytes). */
const SCRYPT_MAX_MEMORY = 4 * 1024 * 1024 * 1024;
const PK_ALG = Buffer.from('Ed', 'latin1');
const KDF_SCRYPT = Buffer.from('Sc', 'latin1');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_B2 = Buffer.from('B2', 'latin1');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
function fail(message) {
    throw new errors_MinisignFormatError(message);
}
function refuse(message) {
    throw new MinisignVerificationError(message);
}
/** Strict standard base64 (padding required, no stray characters, canonical trailing bits), like libsodium. */
function format_decodeBase64Strict(text, what, expectedLength) {
    const t = text.trim();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0)
        fail(`${what} is not valid base64.`);
    const buf = Buffer.from(t, 'base64');
    if (buf.toString('base64') !== t)
        fail(`${what} is not canonical base64 (altered or truncated).`);
    if (expectedLength !== undefined && buf.length !== expectedLength) {
        fail(`${what} decodes to ${buf.length} bytes; expected ${expectedLength}.`);
    }
    return buf;
}
function keyIdHex(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}
/** Splits text into lines, accepting LF or CRLF and dropping trailing empty lines. */
function lines(text) {
    const out = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/** If `text` is base64 of a whole minisign file (Tauri's `pubkey`/`TAURI_SIGNING_PRIVATE_KEY` style), returns the decoded text. */
function unwrapBase64File(text) {
    const t = text.trim();
    if (t.includes('\n') || t.length < 60 || !/^[A-Za-z0-9+/=]+$/.test(t))
        return undefined;
    const decoded = Buffer.from(t, 'base64').toString('utf8');
    return decoded.startsWith(UNTRUSTED_PREFIX) ? decoded : undefined;
}
function parsePublicKeyBlob(b64) {
    const blob = format_decodeBase64Strict(b64, 'The public key', 42);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The public key is not an Ed25519 minisign/signify key (algorithm tag is not "Ed").');
    const keyId = Buffer.from(blob.subarray(2, 10));
    return { keyId, publicKey: Buffer.from(blob.subarray(10, 42)), keyIdHex: keyIdHex(keyId), base64: b64.trim() };
}
/**
 * Parses a minisign (or signify) public key: the 2-line `.pub` file, just its base64 line (`RW…`),
 * or base64 of the whole file (Tauri's `pubkey`).
 */
function format_parsePublicKey(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The public key is empty: give a minisign public key (the `.pub` file or its `RW…` line).');
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length === 1)
        return parsePublicKeyBlob(ls[0]);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX))
        return parsePublicKeyBlob(ls[1]);
    return fail('The public key is malformed: expected a minisign `.pub` file (an "untrusted comment:" line and a base64 line) or its base64 line.');
}
/**
 * The `.pub` text exactly as minisign writes it. Note: minisign prints the key id in this comment WITHOUT zero
 * padding (`%PRIX64`), so 1 key in 16 shows 15 digits there; `keyIdHex` (our outputs, manifests) is always 16.
 */
function format_formatPublicKey(keyId, publicKey) {
    const b64 = Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
    return `${UNTRUSTED_PREFIX}minisign public key ${keyId.readBigUInt64LE(0).toString(16).toUpperCase()}\n${b64}\n`;
}
function publicKeyBase64(keyId, publicKey) {
    return Buffer.concat([PK_ALG, keyId, publicKey]).toString('base64');
}
// ---------------------------------------------------------------- secret keys
/** True when the text looks like a minisign secret key file (or base64 of one). */
function looksLikeSecretKeyFile(text) {
    const inner = unwrapBase64File(text) ?? text;
    return inner.trimStart().startsWith(UNTRUSTED_PREFIX);
}
function parseSecretKey(text) {
    const inner = unwrapBase64File(text) ?? text;
    const ls = lines(inner).filter((l) => l.trim() !== '');
    if (ls.length !== 2 || !ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The private key is not a minisign secret key file: expected an "untrusted comment:" line and one base64 line.');
    }
    const blob = format_decodeBase64Strict(ls[1], 'The minisign secret key', 158);
    if (!blob.subarray(0, 2).equals(PK_ALG))
        fail('The minisign secret key uses an unsupported signature algorithm (expected "Ed").');
    const kdf = blob.subarray(2, 4);
    const encrypted = kdf.equals(KDF_SCRYPT);
    if (!encrypted && !kdf.equals(KDF_NONE))
        fail('The minisign secret key uses an unsupported key-derivation algorithm (expected scrypt "Sc" or none).');
    if (!blob.subarray(4, 6).equals(CHK_B2))
        fail('The minisign secret key uses an unsupported checksum algorithm (expected "B2").');
    const opslimit = Number(blob.readBigUInt64LE(38));
    const memlimit = Number(blob.readBigUInt64LE(46));
    return {
        encrypted,
        salt: Buffer.from(blob.subarray(6, 38)),
        opslimit,
        memlimit,
        payload: Buffer.from(blob.subarray(54, 158)),
        untrustedComment: ls[0].slice(UNTRUSTED_PREFIX.length),
    };
}
/** libsodium `pickparams` (crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c). */
function scryptParams(opslimit, memlimit) {
    const ops = opslimit < 32768 ? 32768 : opslimit;
    const r = 8;
    let p;
    let nLog2;
    if (ops < memlimit / 32) {
        p = 1;
        const maxN = ops / (r * 4);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
    }
    else {
        const maxN = memlimit / (r * 128);
        for (nLog2 = 1; nLog2 < 63; nLog2++)
            if (2 ** nLog2 > maxN / 2)
                break;
        let maxrp = Math.floor(ops / 4 / 2 ** nLog2);
        if (maxrp > 0x3fffffff)
            maxrp = 0x3fffffff;
        p = Math.floor(maxrp / r);
    }
    if (nLog2 > 30 || p < 1)
        fail(`The minisign secret key asks for unsupported scrypt limits (opslimit ${opslimit}, memlimit ${memlimit}).`);
    const N = 2 ** nLog2;
    if (128 * r * (N + p) > SCRYPT_MAX_MEMORY) {
        fail(`The minisign secret key asks for scrypt parameters that need ${Math.round((128 * r * (N + p)) / 2 ** 20)} MiB of memory; relforge allows at most ${SCRYPT_MAX_MEMORY / 2 ** 30} GiB (minisign's own keys need 1 GiB).`);
    }
    if (N * p > 2 ** 24)
        fail(`The minisign secret key asks for ${N * p} scrypt iterations (N·p); relforge allows at most 2^24, 16 times what minisign uses.`);
    // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; leave headroom.
    const maxmem = 128 * r * (N + 2 + p) + 8 * 1024 * 1024;
    return { N, r, p, maxmem };
}
/** BLAKE2b-256 over sig_alg ‖ keynum ‖ sk (minisign's key checksum; Node has only BLAKE2b-512, see ./blake2b.ts). */
function secretKeyChecksum(keyId, sk64) {
    return blake2b(Buffer.concat([PK_ALG, keyId, sk64]), 32);
}
/**
 * Opens a parsed secret key. For encrypted keys pass the 104-byte scrypt stream
 * (scrypt(password, salt, 104, scryptParams(opslimit, memlimit))). Checks the checksum and that the
 * embedded public key matches the seed.
 */
function openSecretKey(parsed, stream) {
    let payload = parsed.payload;
    if (parsed.encrypted) {
        if (!stream || stream.length !== 104)
            fail('The minisign secret key is encrypted: a password is needed to open it.');
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = parsed.payload[i] ^ stream[i];
    }
    const keyId = Buffer.from(payload.subarray(0, 8));
    const sk = payload.subarray(8, 72);
    const chk = payload.subarray(72, 104);
    const expected = secretKeyChecksum(keyId, sk);
    const zero = chk.every((b) => b === 0);
    if (!(0,external_node_crypto_namespaceObject.timingSafeEqual)(chk, expected) && !(zero && !parsed.encrypted)) {
        payload.fill(0);
        (parsed.encrypted ? refuse : fail)(parsed.encrypted
            ? 'Wrong password for the minisign secret key (checksum mismatch after decryption): check the password input.'
            : 'The minisign secret key is corrupted (checksum mismatch).');
    }
    const seed = Buffer.from(sk.subarray(0, 32));
    const publicKey = Buffer.from(sk.subarray(32, 64));
    if (parsed.encrypted)
        payload.fill(0);
    if (!format_publicKeyFromSeed(seed).equals(publicKey))
        fail('The minisign secret key is corrupted: its public half does not match its seed.');
    return { keyId, seed, publicKey };
}
/**
 * Writes a minisign secret key file. Without `encrypt`, like `minisign -G -W` (kdf none, zero salt/limits,
 * zero checksum). With `encrypt`, the caller derives `stream` = scrypt(password, salt, 104, scryptParams(opslimit, memlimit)).
 */
function format_sealSecretKey(key, encrypt, comment = encrypt ? 'minisign encrypted secret key' : 'minisign secret key') {
    const sk = Buffer.concat([key.seed, key.publicKey]);
    const header = Buffer.alloc(54);
    PK_ALG.copy(header, 0);
    (encrypt ? KDF_SCRYPT : KDF_NONE).copy(header, 2);
    CHK_B2.copy(header, 4);
    let payload;
    if (encrypt) {
        encrypt.salt.copy(header, 6);
        header.writeBigUInt64LE(BigInt(encrypt.opslimit), 38);
        header.writeBigUInt64LE(BigInt(encrypt.memlimit), 46);
        const plain = Buffer.concat([key.keyId, sk, secretKeyChecksum(key.keyId, sk)]);
        payload = Buffer.alloc(104);
        for (let i = 0; i < 104; i++)
            payload[i] = plain[i] ^ encrypt.stream[i];
        plain.fill(0);
    }
    else {
        payload = Buffer.concat([key.keyId, sk, Buffer.alloc(32)]);
    }
    sk.fill(0);
    return `${UNTRUSTED_PREFIX}${comment}\n${Buffer.concat([header, payload]).toString('base64')}\n`;
}
// ---------------------------------------------------------------- Ed25519 key objects
function ed25519PrivateKey(seed) {
    if (seed.length !== 32)
        fail('An Ed25519 seed must be 32 bytes.');
    return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
}
function ed25519PublicKey(publicKey) {
    if (publicKey.length !== 32)
        fail('An Ed25519 public key must be 32 bytes.');
    return (0,external_node_crypto_namespaceObject.createPublicKey)({ key: Buffer.concat([SPKI_ED25519, publicKey]), format: 'der', type: 'spki' });
}
/** Raw 32-byte public key of a Node Ed25519 key object (private or public). */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_namespaceObject.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(der.length - 32));
}
function format_publicKeyFromSeed(seed) {
    return rawPublicKey(ed25519PrivateKey(seed));
}
// ---------------------------------------------------------------- signatures
function format_sanitizeComment(text, what) {
    const max = what === 'trusted' ? TRUSTED_COMMENT_MAX : UNTRUSTED_COMMENT_MAX;
    if (/[\r\n\0]/.test(text))
        fail(`The ${what} comment must be one line (it contains a line break or NUL).`);
    if (Buffer.byteLength(text) > max)
        fail(`The ${what} comment is ${Buffer.byteLength(text)} bytes; minisign allows at most ${max}.`);
    return text;
}
function formatSignature(parts) {
    const blob = Buffer.concat([Buffer.from(parts.algorithm, 'latin1'), parts.keyId, parts.signature]);
    return (`${UNTRUSTED_PREFIX}${format_sanitizeComment(parts.untrustedComment, 'untrusted')}\n${blob.toString('base64')}\n` +
        `${TRUSTED_PREFIX}${format_sanitizeComment(parts.trustedComment, 'trusted')}\n${parts.globalSignature.toString('base64')}\n`);
}
function format_parseSignature(text) {
    if (typeof text !== 'string' || text.trim() === '')
        fail('The signature is empty: give the text of a `.minisig` file.');
    // Tauri's `.sig` files and latest.json `signature` values are base64 of the whole `.minisig` text.
    const ls = lines(unwrapBase64File(text) ?? text);
    if (ls.length === 2 && ls[0].startsWith(UNTRUSTED_PREFIX)) {
        fail('The signature has no trusted comment (a signify signature?): relforge and minisign require the 4-line minisign format.');
    }
    if (ls.length !== 4)
        fail(`The signature is malformed: expected 4 lines (untrusted comment, signature, trusted comment, global signature), got ${ls.length}.`);
    if (!ls[0].startsWith(UNTRUSTED_PREFIX))
        fail('The signature is malformed: line 1 must start with "untrusted comment: ".');
    if (!ls[2].startsWith(TRUSTED_PREFIX))
        fail('The signature is malformed: line 3 must start with "trusted comment: ".');
    const blob = format_decodeBase64Strict(ls[1], 'The signature (line 2)', 74);
    const alg = blob.subarray(0, 2).toString('latin1');
    if (alg !== 'ED' && alg !== 'Ed')
        fail(`The signature uses an unsupported algorithm "${alg.replace(/[^\x20-\x7e]/g, '?')}" (expected ED or Ed).`);
    const keyId = Buffer.from(blob.subarray(2, 10));
    const untrustedComment = ls[0].slice(UNTRUSTED_PREFIX.length);
    const trustedComment = ls[2].slice(TRUSTED_PREFIX.length);
    if (Buffer.byteLength(trustedComment) > TRUSTED_COMMENT_MAX)
        fail('The trusted comment is longer than minisign allows (8192 bytes).');
    return {
        algorithm: alg,
        keyId,
        keyIdHex: keyIdHex(keyId),
        signature: Buffer.from(blob.subarray(10, 74)),
        untrustedComment,
        trustedComment,
        globalSignature: format_decodeBase64Strict(ls[3], 'The global signature (line 4)', 64),
    };
}
/** Builds the `.minisig` text from the message signature (over the file or its prehash). */
function finish(privateKey, keyId, algorithm, signature, opts) {
    const trustedComment = format_sanitizeComment(opts.trustedComment, 'trusted');
    const globalSignature = (0,external_node_crypto_namespaceObject.sign)(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
    return formatSignature({
        algorithm,
        keyId,
        signature,
        untrustedComment: opts.untrustedComment ?? 'signature from relforge (minisign format)',
        trustedComment,
        globalSignature,
    });
}
/** `ED` signature from a BLAKE2b-512 digest computed by the caller (streamed). */
function format_signPrehashed(privateKey, keyId, digest, opts) {
    if (digest.length !== 64)
        fail('A prehashed (ED) signature needs the 64-byte BLAKE2b-512 digest of the file.');
    return finish(privateKey, keyId, 'ED', sign(null, digest, privateKey), opts);
}
/** Signs an in-memory message: `ED` (default; hashes `data` with BLAKE2b-512) or legacy `Ed` (over `data` itself). */
function format_signMessage(privateKey, keyId, data, opts) {
    const algorithm = opts.algorithm ?? 'ED';
    const message = algorithm === 'ED' ? (0,external_node_crypto_namespaceObject.createHash)('blake2b512').update(data).digest() : data;
    return finish(privateKey, keyId, algorithm, (0,external_node_crypto_namespaceObject.sign)(null, message, privateKey), opts);
}
function isLegacyMessage(m) {
    return typeof m === 'object' && m !== null && m.kind === 'ed25519-hram';
}
/** The file signature (`sig`, over the file or its BLAKE2b-512) holds for this message? */
function messageVerifies(sig, pub, key, message) {
    if (sig.algorithm === 'ED') {
        if (message.digest)
            return (0,external_node_crypto_namespaceObject.verify)(null, message.digest, key, sig.signature);
        if (Buffer.isBuffer(message.data))
            return (0,external_node_crypto_namespaceObject.verify)(null, (0,external_node_crypto_namespaceObject.createHash)('blake2b512').update(message.data).digest(), key, sig.signature);
        return fail('Internal: a prehashed ("ED") signature needs the BLAKE2b-512 digest of the file or its contents.');
    }
    const data = message.data ?? fail('A legacy "Ed" signature covers the whole file; verify it with the file contents (or legacyMessage), not a digest.');
    if (!isLegacyMessage(data))
        return (0,external_node_crypto_namespaceObject.verify)(null, data, key, sig.signature);
    if (!data.r.equals(sig.signature.subarray(0, 32)) || !data.publicKey.equals(pub.publicKey)) {
        return fail('Internal: the streamed legacy message was hashed for another signature or public key.');
    }
    return ed25519_verifyEd25519Hram(pub.publicKey, sig.signature, data.hram);
}
/**
 * Verifies a parsed signature in minisign's order: key id → file signature → global signature
 * (→ rollback binding). `message.digest` is the BLAKE2b-512 of the file (enough for `ED`); `message.data`
 * is the file itself or, for legacy `Ed` in bounded memory, the LegacyMessage streamed by the adapter.
 * Throws MinisignVerificationError naming the failed check (MinisignFormatError for an ambiguous comment).
 */
function format_verifySignature(sig, pub, message, opts = {}) {
    if (!sig.keyId.equals(pub.keyId)) {
        refuse(`Signature key id ${sig.keyIdHex} does not match the public key's id ${pub.keyIdHex}: the file was signed with a different key.`);
    }
    if (opts.requirePrehashed && sig.algorithm !== 'ED')
        refuse('Legacy (non-prehashed, "Ed") signature found, but a prehashed ("ED") signature is required.');
    const key = ed25519PublicKey(pub.publicKey);
    if (!messageVerifies(sig, pub, key, message))
        refuse('Signature verification failed: the file does not match the signature (file altered, or wrong signature file).');
    const globalMsg = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
    if (!(0,external_node_crypto_namespaceObject.verify)(null, globalMsg, key, sig.globalSignature))
        refuse('Trusted comment verification failed: the trusted comment or global signature was altered.');
    if (opts.expectVersion !== undefined) {
        const v = trustedCommentField(sig.trustedComment, 'version');
        const norm = (s) => s.trim().replace(/^v(?=\d)/, '');
        if (v === undefined)
            refuse(`The trusted comment has no "version:" field, but version ${opts.expectVersion} is required (rollback protection).`);
        if (norm(v) !== norm(opts.expectVersion)) {
            refuse(`The signed version is "${v}" but "${opts.expectVersion}" was expected: refusing a validly signed file of another version (rollback protection).`);
        }
    }
    return { trustedComment: sig.trustedComment, keyIdHex: sig.keyIdHex, algorithm: sig.algorithm };
}

;// CONCATENATED MODULE: ./src/signing/authenticode/core/pe.ts
/**
 * PE (Portable Executable) layout for Authenticode: where the CheckSum field and the Security (certificate
 * table) data directory live, and which byte ranges the Authenticode digest covers. Pure: it reads a buffer
 * holding the file's headers and is told the file size; the adapter streams the ranges through a hash.
 *
 * Layout (Microsoft PE/COFF spec; consistent with jsign PEFile.java): e_lfanew (u32) at 0x3C → "PE\0\0";
 * COFF header (20 bytes); optional header: Magic 0x10B (PE32) / 0x20B (PE32+), CheckSum at +64,
 * NumberOfRvaAndSizes at +92 / +108, data directory #4 (Security) at +128 / +144 — {file offset, size}.
 */


class PeFormatError extends errors/* FormatError */.IF {
}
/** How many leading bytes of a file to read before calling `peLayout` (enough for any sane header). */
const PE_HEAD_BYTES = 64 * 1024;
const SECURITY_DIR = 4;
/**
 * Parses the headers. `head` = the first bytes of the file (at least up to the end of the data directories;
 * PE_HEAD_BYTES or the whole file when smaller), `fileSize` = the full size.
 */
function peLayout(head, fileSize) {
    if (head.length < 0x40 || head.readUInt16LE(0) !== 0x5a4d)
        throw new PeFormatError('not a PE file: no "MZ" DOS header');
    const peOff = head.readUInt32LE(0x3c);
    if (peOff + 24 > head.length)
        throw new PeFormatError(`not a PE file: e_lfanew 0x${peOff.toString(16)} points outside the headers`);
    if (head.readUInt32LE(peOff) !== 0x00004550)
        throw new PeFormatError('not a PE file: no "PE\\0\\0" signature at e_lfanew');
    const sizeOfOptional = head.readUInt16LE(peOff + 20);
    const opt = peOff + 24;
    if (opt + 2 > head.length)
        throw new PeFormatError('PE optional header is truncated');
    const magicValue = head.readUInt16LE(opt);
    let magic;
    let dirBase;
    let numDirsOff;
    if (magicValue === 0x10b) {
        magic = 'PE32';
        dirBase = opt + 96;
        numDirsOff = opt + 92;
    }
    else if (magicValue === 0x20b) {
        magic = 'PE32+';
        dirBase = opt + 112;
        numDirsOff = opt + 108;
    }
    else
        throw new PeFormatError(`unknown PE optional header magic 0x${magicValue.toString(16)} (expected 0x10b PE32 or 0x20b PE32+)`);
    const certDirOffset = dirBase + SECURITY_DIR * 8;
    const headerBytes = certDirOffset + 8;
    if (headerBytes > head.length || headerBytes > fileSize)
        throw new PeFormatError('PE optional header is truncated before the certificate table directory');
    const numDirs = head.readUInt32LE(numDirsOff);
    if (numDirs <= SECURITY_DIR)
        throw new PeFormatError(`PE has ${numDirs} data directories, so no certificate table (the file is not signed)`);
    if (certDirOffset + 8 > opt + sizeOfOptional)
        throw new PeFormatError('PE SizeOfOptionalHeader is too small to hold the certificate table directory');
    const offset = head.readUInt32LE(certDirOffset);
    const size = head.readUInt32LE(certDirOffset + 4);
    const layout = { magic, checksumOffset: opt + 64, certDirOffset, headerBytes };
    if (offset !== 0 || size !== 0)
        layout.certTable = { offset, size };
    return layout;
}
/**
 * The byte ranges [start, end) the Authenticode digest covers for a signed file: everything except the
 * CheckSum, the Security directory entry and the certificate table. Enforces the fail-closed layout rules:
 * a table must exist, lie after the headers, and end exactly at end of file (nothing appended after it).
 */
function authenticodeRanges(layout, fileSize) {
    const t = layout.certTable;
    if (!t)
        throw new PeFormatError('the file is not signed: the PE certificate table directory is empty');
    if (t.size < 8)
        throw new PeFormatError(`the PE certificate table is ${t.size} bytes, too small for a WIN_CERTIFICATE`);
    if (t.offset < layout.headerBytes)
        throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} overlaps the headers`);
    if (t.offset % 8 !== 0)
        throw new PeFormatError(`the PE certificate table offset 0x${t.offset.toString(16)} is not 8-byte aligned`);
    const tableEnd = t.offset + t.size;
    if (tableEnd > fileSize)
        throw new PeFormatError(`the PE certificate table (offset ${t.offset}, size ${t.size}) runs past the end of the file (${fileSize} bytes)`);
    if (tableEnd !== fileSize)
        throw new PeFormatError(`${fileSize - tableEnd} bytes are appended after the PE certificate table; a signed file must end with its certificate table`);
    return [
        [0, layout.checksumOffset],
        [layout.checksumOffset + 4, layout.certDirOffset],
        [layout.certDirOffset + 8, t.offset],
    ];
}
/** Authenticode digest of a whole PE held in memory (tests and small files; the adapter streams). */
function authenticodeDigest(file, algorithm) {
    const layout = peLayout(file.subarray(0, Math.min(file.length, PE_HEAD_BYTES)), file.length);
    const h = createHash(algorithm);
    for (const [s, e] of authenticodeRanges(layout, file.length))
        h.update(file.subarray(s, e));
    return h.digest();
}

;// CONCATENATED MODULE: ./src/signing/authenticode/core/der.ts
/**
 * A small, strict DER reader: tag/length/value, OIDs, INTEGERs, time types, SEQUENCE/SET walking and raw
 * slices for re-hashing. Pure (buffers in, values out). Indefinite lengths, non-minimal lengths and
 * trailing bytes are rejected: Authenticode structures are DER, and anything else is a reason to refuse.
 */

class DerError extends errors/* FormatError */.IF {
}
const TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    PRINTABLE_STRING: 0x13,
    T61_STRING: 0x14,
    IA5_STRING: 0x16,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
    UNIVERSAL_STRING: 0x1c,
    BMP_STRING: 0x1e,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** One decoded TLV. `tag` is the full identifier octet for low tag numbers (e.g. 0x30, 0xa0). */
class DerNode {
    buf;
    start;
    tag;
    tagNumber;
    headerLength;
    length;
    constructor(
    /** The buffer this node lives in (shared, never copied). */
    buf, 
    /** Offset of the identifier octet. */
    start, 
    /** Identifier octet (class + constructed bit + low tag number); for high tag numbers the first octet. */
    tag, 
    /** Tag number (class bits removed), supports the high-tag-number form. */
    tagNumber, 
    /** Length of identifier + length octets. */
    headerLength, 
    /** Length of the value. */
    length) {
        this.buf = buf;
        this.start = start;
        this.tag = tag;
        this.tagNumber = tagNumber;
        this.headerLength = headerLength;
        this.length = length;
    }
    get cls() {
        return this.tag >> 6;
    }
    get constructed() {
        return (this.tag & 0x20) !== 0;
    }
    /** Offset just past this node. */
    get end() {
        return this.start + this.headerLength + this.length;
    }
    get valueStart() {
        return this.start + this.headerLength;
    }
    /** The value octets (without tag and length). */
    get value() {
        return this.buf.subarray(this.valueStart, this.end);
    }
    /** The whole encoding (tag + length + value). */
    get raw() {
        return this.buf.subarray(this.start, this.end);
    }
    /** True for a context-specific tag [n]. */
    isContext(n) {
        return this.cls === 2 && this.tagNumber === n;
    }
    /** Children of a constructed node, in order. */
    children() {
        if (!this.constructed)
            throw new DerError(`DER: tag 0x${this.tag.toString(16)} at offset ${this.start} is not constructed`);
        const out = [];
        let off = this.valueStart;
        while (off < this.end) {
            const n = readNode(this.buf, off, this.end);
            out.push(n);
            off = n.end;
        }
        return out;
    }
    /** Asserts the tag and returns this node (for readable parsing code). */
    expect(tag, what) {
        if (this.tag !== tag)
            throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${this.tag.toString(16)} at offset ${this.start}`);
        return this;
    }
}
function readNode(buf, off, limit) {
    if (off >= limit)
        throw new DerError(`DER: truncated at offset ${off}`);
    const start = off;
    const tag = buf[off++];
    let tagNumber = tag & 0x1f;
    if (tagNumber === 0x1f) {
        tagNumber = 0;
        for (let i = 0;; i++) {
            if (off >= limit || i > 4)
                throw new DerError(`DER: bad high tag number at offset ${start}`);
            const b = buf[off++];
            tagNumber = tagNumber * 128 + (b & 0x7f);
            if (!(b & 0x80))
                break;
        }
    }
    if (off >= limit)
        throw new DerError(`DER: truncated length at offset ${start}`);
    let len = buf[off++];
    if (len === 0x80)
        throw new DerError(`DER: indefinite length at offset ${start} (BER is not accepted)`);
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n > 4)
            throw new DerError(`DER: length of ${n} octets at offset ${start} is too large`);
        if (off + n > limit)
            throw new DerError(`DER: truncated length at offset ${start}`);
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + buf[off++];
        if (len < 0x80 || (n > 1 && buf[off - n] === 0))
            throw new DerError(`DER: non-minimal length encoding at offset ${start}`);
    }
    if (off + len > limit)
        throw new DerError(`DER: value at offset ${start} (${len} bytes) runs past its container`);
    return new DerNode(buf, start, tag, tagNumber, off - start, len);
}
/** Reads one node at `offset`; the node may be followed by other bytes. */
function readDer(buf, offset = 0) {
    return readNode(buf, offset, buf.length);
}
/** Parses a buffer that must hold exactly one DER element. */
function parseDer(buf, what = 'DER') {
    const n = readNode(buf, 0, buf.length);
    if (n.end !== buf.length)
        throw new DerError(`${what}: ${buf.length - n.end} trailing bytes after the DER element`);
    return n;
}
/** Decodes an OBJECT IDENTIFIER node to dotted form. */
function oid(node) {
    node.expect(TAG.OID, 'OBJECT IDENTIFIER');
    const v = node.value;
    if (v.length === 0)
        throw new DerError('OBJECT IDENTIFIER: empty');
    const arcs = [];
    let cur = 0n;
    for (let i = 0; i < v.length; i++) {
        const b = v[i];
        if (cur === 0n && b === 0x80)
            throw new DerError('OBJECT IDENTIFIER: non-minimal arc');
        cur = (cur << 7n) | BigInt(b & 0x7f);
        if (!(b & 0x80)) {
            arcs.push(cur);
            cur = 0n;
        }
        else if (i === v.length - 1)
            throw new DerError('OBJECT IDENTIFIER: truncated arc');
    }
    const first = arcs[0];
    const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
    return [...head, ...arcs.slice(1)].join('.');
}
/** Encodes a dotted OID to its DER (tag + length + value); used by tests and for building structures. */
function encodeOid(dotted) {
    const parts = dotted.split('.').map((p) => BigInt(p));
    if (parts.length < 2)
        throw new DerError(`bad OID ${dotted}`);
    const arcs = [parts[0] * 40n + parts[1], ...parts.slice(2)];
    const bytes = [];
    for (const a of arcs) {
        const chunk = [];
        let x = a;
        do {
            chunk.unshift(Number(x & 0x7fn));
            x >>= 7n;
        } while (x > 0n);
        for (let i = 0; i < chunk.length - 1; i++)
            chunk[i] |= 0x80;
        bytes.push(...chunk);
    }
    return encodeTlv(TAG.OID, Buffer.from(bytes));
}
/** Encodes tag + DER length + value. */
function encodeTlv(tag, value) {
    const len = value.length;
    let header;
    if (len < 0x80)
        header = [tag, len];
    else {
        const lb = [];
        for (let x = len; x > 0; x = Math.floor(x / 256))
            lb.unshift(x & 0xff);
        header = [tag, 0x80 | lb.length, ...lb];
    }
    return Buffer.concat([Buffer.from(header), value]);
}
/** INTEGER as bigint (two's complement). */
function integer(node) {
    node.expect(TAG.INTEGER, 'INTEGER');
    const v = node.value;
    if (v.length === 0)
        throw new DerError('INTEGER: empty');
    let n = 0n;
    for (const b of v)
        n = (n << 8n) | BigInt(b);
    if (v[0] & 0x80)
        n -= 1n << BigInt(v.length * 8);
    return n;
}
/** INTEGER as a small JS number (throws when it does not fit). */
function smallInt(node) {
    const n = integer(node);
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER))
        throw new DerError('INTEGER: too large');
    return Number(n);
}
/** OCTET STRING value. */
function octets(node) {
    return node.expect(TAG.OCTET_STRING, 'OCTET STRING').value;
}
/** BIT STRING value without the unused-bits octet (which must be 0 for the structures we read). */
function bitString(node) {
    const v = node.expect(TAG.BIT_STRING, 'BIT STRING').value;
    if (v.length === 0)
        throw new DerError('BIT STRING: empty');
    return v.subarray(1);
}
function der_boolean(node) {
    const v = node.expect(TAG.BOOLEAN, 'BOOLEAN').value;
    if (v.length !== 1)
        throw new DerError('BOOLEAN: bad length');
    return v[0] !== 0;
}
/** UTCTime or GeneralizedTime → Date (UTC; fractional seconds allowed for GeneralizedTime). */
function time(node) {
    const s = node.value.toString('latin1');
    let m;
    if (node.tag === TAG.UTC_TIME) {
        m = s.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/);
        if (!m)
            throw new DerError(`UTCTime: bad value "${s}"`);
        const yy = Number(m[1]);
        const year = yy >= 50 ? 1900 + yy : 2000 + yy;
        return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    }
    if (node.tag === TAG.GENERALIZED_TIME) {
        m = s.match(/^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d+))?Z$/);
        if (!m)
            throw new DerError(`GeneralizedTime: bad value "${s}"`);
        const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
        return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms));
    }
    throw new DerError(`time: expected UTCTime or GeneralizedTime, found tag 0x${node.tag.toString(16)}`);
}
/** Character string types → JS string. */
function str(node) {
    const v = node.value;
    switch (node.tag) {
        case TAG.UTF8_STRING:
            return v.toString('utf8');
        case TAG.PRINTABLE_STRING:
        case TAG.IA5_STRING:
        case TAG.T61_STRING:
            return v.toString('latin1');
        case TAG.BMP_STRING: {
            const b = Buffer.from(v);
            if (b.length % 2)
                throw new DerError('BMPString: odd length');
            b.swap16();
            return b.toString('utf16le');
        }
        case TAG.UNIVERSAL_STRING: {
            let out = '';
            for (let i = 0; i + 3 < v.length; i += 4)
                out += String.fromCodePoint(v.readUInt32BE(i));
            return out;
        }
        default:
            throw new DerError(`string: unsupported tag 0x${node.tag.toString(16)}`);
    }
}
/** Children of a SEQUENCE (asserting the tag). */
function seq(node, what = 'SEQUENCE') {
    return node.expect(TAG.SEQUENCE, what).children();
}
/** Children of a SET (asserting the tag). */
function set(node, what = 'SET') {
    return node.expect(TAG.SET, what).children();
}
/**
 * The DER of `node` with its identifier octet replaced (e.g. signedAttrs [0] IMPLICIT → SET 0x31,
 * which is what a CMS signature covers).
 */
function retag(node, tag) {
    const out = Buffer.from(node.raw);
    if (node.headerLength < 2 || node.tagNumber >= 0x1f)
        throw new DerError('retag: high tag numbers are not supported');
    out[0] = tag;
    return out;
}

;// CONCATENATED MODULE: ./src/signing/authenticode/core/signed-data.ts
/**
 * Authenticode structures, parsed with the DER reader (pure): WIN_CERTIFICATE → PKCS#7 SignedData →
 * SpcIndirectDataContent (digest algorithm + digest), the SignerInfo with its signed attributes
 * (contentType, messageDigest), the RFC 3161 timestamp token in the unsigned attributes and its TSTInfo,
 * and nested signatures. Cryptographic checks live in the adapter (src/signing/authenticode/verify.ts).
 */


const OID = {
    signedData: '1.2.840.113549.1.7.2',
    data: '1.2.840.113549.1.7.1',
    contentType: '1.2.840.113549.1.9.3',
    messageDigest: '1.2.840.113549.1.9.4',
    signingTime: '1.2.840.113549.1.9.5',
    counterSignature: '1.2.840.113549.1.9.6',
    spcIndirectData: '1.3.6.1.4.1.311.2.1.4',
    spcPeImageData: '1.3.6.1.4.1.311.2.1.15',
    spcSipInfo: '1.3.6.1.4.1.311.2.1.30',
    spcNestedSignature: '1.3.6.1.4.1.311.2.4.1',
    /** Microsoft's RFC 3161 timestamp attribute (signtool, jsign, osslsigncode). */
    msRfc3161Timestamp: '1.3.6.1.4.1.311.3.3.1',
    /** CMS id-aa-timeStampToken (RFC 3161 appendix A). */
    timeStampToken: '1.2.840.113549.1.9.16.2.14',
    tstInfo: '1.2.840.113549.1.9.16.1.4',
    codeSigning: '1.3.6.1.5.5.7.3.3',
    timeStamping: '1.3.6.1.5.5.7.3.8',
    sha1: '1.3.14.3.2.26',
    sha256: '2.16.840.1.101.3.4.2.1',
    sha384: '2.16.840.1.101.3.4.2.2',
    sha512: '2.16.840.1.101.3.4.2.3',
    rsaEncryption: '1.2.840.113549.1.1.1',
    rsaPss: '1.2.840.113549.1.1.10',
    mgf1: '1.2.840.113549.1.1.8',
};
/** Hash OID → Node hash name. SHA-1 is listed so it can be named in errors; callers refuse it for file digests. */
const HASH_OIDS = {
    [OID.sha1]: 'sha1',
    [OID.sha256]: 'sha256',
    [OID.sha384]: 'sha384',
    [OID.sha512]: 'sha512',
};
/** Signature algorithm OIDs that imply a hash (RSA PKCS#1 v1.5 and ECDSA). */
const SIGNATURE_OIDS = {
    '1.2.840.113549.1.1.1': { key: 'rsa' },
    '1.2.840.113549.1.1.5': { key: 'rsa', hash: 'sha1' },
    '1.2.840.113549.1.1.11': { key: 'rsa', hash: 'sha256' },
    '1.2.840.113549.1.1.12': { key: 'rsa', hash: 'sha384' },
    '1.2.840.113549.1.1.13': { key: 'rsa', hash: 'sha512' },
    '1.2.840.10045.2.1': { key: 'ec' },
    '1.2.840.10045.4.3.2': { key: 'ec', hash: 'sha256' },
    '1.2.840.10045.4.3.3': { key: 'ec', hash: 'sha384' },
    '1.2.840.10045.4.3.4': { key: 'ec', hash: 'sha512' },
};
class AuthenticodeFormatError extends errors/* FormatError */.IF {
}
const u = (n, what) => {
    if (!n)
        throw new AuthenticodeFormatError(`${what} is missing`);
    return n;
};
function algorithm(node, what) {
    const [o, params] = seq(node, what);
    const out = { oid: oid(u(o, `${what} OID`)) };
    if (params && params.tag !== TAG.NULL)
        out.params = params;
    return out;
}
function attributes(node, what) {
    return node.children().map((a) => {
        const [t, vals] = seq(a, what);
        return { type: oid(u(t, `${what} type`)), values: set(u(vals, `${what} values`), `${what} values`) };
    });
}
function attribute(attrs, type) {
    return attrs.find((a) => a.type === type);
}
/**
 * Reads the PE certificate table: exactly one WIN_CERTIFICATE (revision 0x0200, type PKCS_SIGNED_DATA 0x0002),
 * dwLength consistent with the table size (8-byte padding only, zero-filled). Returns the PKCS#7 DER.
 */
function parseCertificateTable(table) {
    if (table.length < 8)
        throw new AuthenticodeFormatError(`the certificate table is ${table.length} bytes, too small for a WIN_CERTIFICATE`);
    const dwLength = table.readUInt32LE(0);
    const revision = table.readUInt16LE(4);
    const type = table.readUInt16LE(6);
    if (revision !== 0x0200)
        throw new AuthenticodeFormatError(`WIN_CERTIFICATE revision is 0x${revision.toString(16)}, expected 0x0200`);
    if (type !== 0x0002)
        throw new AuthenticodeFormatError(`WIN_CERTIFICATE type is 0x${type.toString(16)}, expected 0x0002 (PKCS_SIGNED_DATA)`);
    if (dwLength < 8 || dwLength > table.length)
        throw new AuthenticodeFormatError(`WIN_CERTIFICATE dwLength ${dwLength} does not fit the ${table.length}-byte certificate table`);
    const padded = (dwLength + 7) & ~7;
    if (padded !== table.length)
        throw new AuthenticodeFormatError(`the certificate table holds ${table.length} bytes but its WIN_CERTIFICATE covers ${padded}: a second certificate entry or extra data follows (exactly one signature is allowed)`);
    if (table.subarray(dwLength).some((b) => b !== 0))
        throw new AuthenticodeFormatError('the WIN_CERTIFICATE padding is not zero-filled');
    const body = table.subarray(8, dwLength);
    let node;
    try {
        node = readDer(body, 0);
    }
    catch (e) {
        throw new AuthenticodeFormatError(`the WIN_CERTIFICATE does not hold a DER PKCS#7 structure: ${e.message}`);
    }
    if (body.subarray(node.end).some((b) => b !== 0))
        throw new AuthenticodeFormatError('non-zero bytes follow the PKCS#7 structure inside the WIN_CERTIFICATE');
    return body.subarray(0, node.end);
}
/** ContentInfo(SignedData) → SignedData. */
function parseSignedData(der, what = 'PKCS#7 signature') {
    try {
        const ci = seq(parseDer(der, what), `${what} ContentInfo`);
        const ct = oid(u(ci[0], 'ContentInfo contentType'));
        if (ct !== OID.signedData)
            throw new AuthenticodeFormatError(`${what}: content type ${ct} is not SignedData (${OID.signedData})`);
        const wrapper = u(ci[1], 'ContentInfo content');
        if (!wrapper.isContext(0))
            throw new AuthenticodeFormatError(`${what}: ContentInfo content is not [0]`);
        const sd = seq(u(wrapper.children()[0], 'SignedData'), 'SignedData');
        let i = 0;
        const version = Number(integer(u(sd[i++], 'SignedData version')));
        const digestAlgorithms = set(u(sd[i++], 'digestAlgorithms'), 'digestAlgorithms').map((n) => algorithm(n, 'digestAlgorithm').oid);
        const eci = seq(u(sd[i++], 'encapContentInfo'), 'encapContentInfo');
        const contentType = oid(u(eci[0], 'eContentType'));
        let content;
        let contentOctets = Buffer.alloc(0);
        if (eci[1]) {
            if (!eci[1].isContext(0))
                throw new AuthenticodeFormatError(`${what}: eContent is not [0] EXPLICIT`);
            content = u(eci[1].children()[0], 'eContent');
            // PKCS#7 v1.5 (Authenticode) carries the SEQUENCE directly; CMS wraps it in an OCTET STRING.
            // Either way the message digest covers the value octets (RFC 2315 §9.3, RFC 5652 §5.4).
            contentOctets = Buffer.from(content.value);
        }
        const certificates = [];
        let n = sd[i];
        if (n?.isContext(0)) {
            for (const c of n.children())
                if (c.tag === TAG.SEQUENCE)
                    certificates.push(Buffer.from(c.raw));
            n = sd[++i];
        }
        if (n?.isContext(1))
            n = sd[++i]; // crls
        const signerInfos = set(u(n, 'signerInfos'), 'signerInfos').map((s) => parseSignerInfo(s));
        const out = { version, digestAlgorithms, contentType, contentOctets, certificates, signerInfos };
        if (content)
            out.content = content;
        return out;
    }
    catch (e) {
        if (e instanceof AuthenticodeFormatError)
            throw e;
        if (e instanceof DerError)
            throw new AuthenticodeFormatError(`${what} is malformed: ${e.message}`);
        throw e;
    }
}
function parseSignerInfo(node) {
    const f = seq(node, 'SignerInfo');
    let i = 0;
    const version = Number(integer(u(f[i++], 'SignerInfo version')));
    const sidNode = u(f[i++], 'SignerInfo sid');
    let sid;
    if (sidNode.tag === TAG.SEQUENCE) {
        const [issuer, serial] = seq(sidNode, 'IssuerAndSerialNumber');
        sid = { issuerRaw: Buffer.from(u(issuer, 'issuer').raw), serial: Buffer.from(u(serial, 'serialNumber').expect(TAG.INTEGER, 'serialNumber').value) };
    }
    else if (sidNode.isContext(0))
        sid = { ski: Buffer.from(sidNode.value) };
    else
        throw new AuthenticodeFormatError('SignerInfo sid is neither IssuerAndSerialNumber nor SubjectKeyIdentifier');
    const digestAlgorithm = algorithm(u(f[i++], 'SignerInfo digestAlgorithm'), 'digestAlgorithm');
    let signedAttrs;
    if (f[i]?.isContext(0)) {
        const n = f[i++];
        signedAttrs = { attrs: attributes(n, 'signed attribute'), der: retag(n, TAG.SET) };
    }
    const signatureAlgorithm = algorithm(u(f[i++], 'SignerInfo signatureAlgorithm'), 'signatureAlgorithm');
    const signature = Buffer.from(octets(u(f[i++], 'SignerInfo signature')));
    const unsignedAttrs = f[i]?.isContext(1) ? attributes(f[i], 'unsigned attribute') : [];
    const out = { version, sid, digestAlgorithm, signatureAlgorithm, signature, unsignedAttrs };
    if (signedAttrs)
        out.signedAttrs = signedAttrs;
    return out;
}
/** SpcIndirectDataContent ::= SEQUENCE { data SpcAttributeTypeAndOptionalValue, messageDigest DigestInfo }. */
function parseSpcIndirectData(content) {
    try {
        const [data, digestInfo] = seq(content, 'SpcIndirectDataContent');
        const dataType = oid(u(seq(u(data, 'SpcAttributeTypeAndOptionalValue'), 'SpcAttributeTypeAndOptionalValue')[0], 'SPC data type'));
        const [alg, digest] = seq(u(digestInfo, 'DigestInfo'), 'DigestInfo');
        return { dataType, digestAlgorithm: algorithm(u(alg, 'DigestInfo algorithm'), 'DigestInfo algorithm').oid, digest: Buffer.from(octets(u(digest, 'DigestInfo digest'))) };
    }
    catch (e) {
        if (e instanceof DerError)
            throw new AuthenticodeFormatError(`SpcIndirectDataContent is malformed: ${e.message}`);
        throw e;
    }
}
/** TSTInfo (RFC 3161 §2.4.2) from the token's eContent octets. */
function parseTstInfo(der) {
    try {
        const f = seq(parseDer(der, 'TSTInfo'), 'TSTInfo');
        const policy = oid(u(f[1], 'TSTInfo policy'));
        const [mi, ...rest] = [f[2], ...f.slice(3)];
        const [alg, hashed] = seq(u(mi, 'messageImprint'), 'messageImprint');
        const serial = integer(u(rest[0], 'TSTInfo serialNumber'));
        const genTime = time(u(rest[1], 'TSTInfo genTime').expect(TAG.GENERALIZED_TIME, 'genTime'));
        const out = {
            policy,
            hashAlgorithm: algorithm(u(alg, 'messageImprint algorithm'), 'messageImprint algorithm').oid,
            hashedMessage: Buffer.from(octets(u(hashed, 'hashedMessage'))),
            serial,
            genTime,
        };
        const nonce = rest.slice(2).find((n) => n.tag === TAG.INTEGER);
        if (nonce)
            out.nonce = integer(nonce);
        return out;
    }
    catch (e) {
        if (e instanceof DerError)
            throw new AuthenticodeFormatError(`TSTInfo is malformed: ${e.message}`);
        throw e;
    }
}
/** The single attribute value as a DER node, or an error naming the attribute. */
function singleValue(attrs, type, name) {
    const a = attrs.filter((x) => x.type === type);
    if (a.length === 0)
        return undefined;
    if (a.length > 1 || a[0].values.length !== 1)
        throw new AuthenticodeFormatError(`the ${name} attribute must appear once with one value`);
    return a[0].values[0];
}
/**
 * Structural checks on an Authenticode PKCS#7 (fail-closed): SignedData with SPC_INDIRECT_DATA content,
 * exactly one SignerInfo, no nested signatures, signed attributes with contentType = SPC_INDIRECT_DATA and
 * one messageDigest; picks up the RFC 3161 token from the unsigned attributes.
 */
function parseAuthenticodeSignature(pkcs7) {
    const sd = parseSignedData(pkcs7, 'Authenticode signature');
    if (sd.contentType !== OID.spcIndirectData || !sd.content)
        throw new AuthenticodeFormatError(`the signature content type is ${sd.contentType}, expected SPC_INDIRECT_DATA (${OID.spcIndirectData})`);
    if (sd.signerInfos.length !== 1)
        throw new AuthenticodeFormatError(`the signature has ${sd.signerInfos.length} signers; exactly one is allowed`);
    const signer = sd.signerInfos[0];
    if (sd.version !== 1)
        throw new AuthenticodeFormatError(`the SignedData version is ${sd.version}; Authenticode requires 1`);
    if (signer.version !== 1)
        throw new AuthenticodeFormatError(`the SignerInfo version is ${signer.version}; Authenticode requires 1`);
    if (sd.digestAlgorithms.length !== 1 || sd.digestAlgorithms[0] !== signer.digestAlgorithm.oid)
        throw new AuthenticodeFormatError(`the SignedData digestAlgorithms [${sd.digestAlgorithms.join(', ')}] do not name exactly the signer's digest algorithm ${signer.digestAlgorithm.oid}`);
    const nested = signer.unsignedAttrs.filter((a) => a.type === OID.spcNestedSignature).reduce((n, a) => n + a.values.length, 0);
    if (nested > 0)
        throw new AuthenticodeFormatError(`exactly one signature is allowed, but the file carries ${nested} nested signature(s) besides the primary one (sign with --replace)`);
    const spc = parseSpcIndirectData(sd.content);
    if (!signer.signedAttrs)
        throw new AuthenticodeFormatError('the SignerInfo has no signed attributes (Authenticode requires them)');
    const ctNode = singleValue(signer.signedAttrs.attrs, OID.contentType, 'contentType');
    if (!ctNode)
        throw new AuthenticodeFormatError('the contentType signed attribute is missing');
    const ct = oid(ctNode);
    if (ct !== OID.spcIndirectData)
        throw new AuthenticodeFormatError(`the contentType signed attribute is ${ct}, expected ${OID.spcIndirectData}`);
    const mdNode = singleValue(signer.signedAttrs.attrs, OID.messageDigest, 'messageDigest');
    if (!mdNode)
        throw new AuthenticodeFormatError('the messageDigest signed attribute is missing');
    const out = { signedData: sd, signer, spc, messageDigest: Buffer.from(octets(mdNode)) };
    const tsAttrs = signer.unsignedAttrs.filter((a) => a.type === OID.msRfc3161Timestamp || a.type === OID.timeStampToken);
    const tsCount = tsAttrs.reduce((n, a) => n + a.values.length, 0);
    if (tsCount > 1)
        throw new AuthenticodeFormatError(`the signature carries ${tsCount} RFC 3161 timestamps; exactly one is expected`);
    if (tsCount === 1)
        out.timestampToken = { der: Buffer.from(tsAttrs[0].values[0].raw), attribute: tsAttrs[0].type };
    return out;
}

;// CONCATENATED MODULE: ./src/signing/authenticode/core/msi.ts
/**
 * MSI (OLE compound file) structure for Authenticode: the directory tree, the signature streams and the
 * order in which the Authenticode digest covers the streams (consistent with osslsigncode msi.c and jsign
 * MSIFile.java): for each storage, children sorted by their raw UTF-16LE names (memcmp over the shorter
 * length, then the longer name last), streams hashed by content, storages recursively, then the storage's
 * CLSID; at the root the `\x05DigitalSignature` and `\x05MsiDigitalSignatureEx` streams are skipped.
 *
 * No I/O: the caller supplies `read(offset, length)`; sectors are read on demand, so memory holds the FAT
 * (4 bytes per sector), the directory and the mini-stream map, never the streams themselves.
 */

class MsiFormatError extends errors/* FormatError */.IF {
}
const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const MAX_REGSECT = 0xfffffffa;
const DIGITAL_SIGNATURE = '\u0005DigitalSignature';
const DIGITAL_SIGNATURE_EX = '\u0005MsiDigitalSignatureEx';
function chain(fat, start, what, limit) {
    const out = [];
    let s = start;
    while (s !== ENDOFCHAIN) {
        if (s > MAX_REGSECT || s >= fat.length)
            throw new MsiFormatError(`${what}: sector chain points to invalid sector 0x${s.toString(16)}`);
        if (out.length > limit)
            throw new MsiFormatError(`${what}: sector chain is longer than the file (loop?)`);
        out.push(s);
        s = fat[s];
    }
    return out;
}
/** Parses the compound file header, FAT, mini FAT and directory tree. */
async function readCompoundFile(read, fileSize) {
    if (fileSize < 512)
        throw new MsiFormatError('the file is too small to be an MSI (OLE compound file)');
    const h = await read(0, 512);
    if (!h.subarray(0, 8).equals(OLE_MAGIC))
        throw new MsiFormatError('not an OLE compound file (bad signature)');
    if (h.readUInt16LE(0x1c) !== 0xfffe)
        throw new MsiFormatError('OLE compound file: bad byte-order mark');
    const major = h.readUInt16LE(0x1a);
    const shift = h.readUInt16LE(0x1e);
    if (!((major === 3 && shift === 9) || (major === 4 && shift === 12)))
        throw new MsiFormatError(`OLE compound file: unsupported version ${major} / sector shift ${shift}`);
    const sectorSize = 1 << shift;
    const miniShift = h.readUInt16LE(0x20);
    if (miniShift !== 6)
        throw new MsiFormatError(`OLE compound file: unsupported mini sector shift ${miniShift}`);
    const numFat = h.readUInt32LE(0x2c);
    const firstDir = h.readUInt32LE(0x30);
    const miniCutoff = h.readUInt32LE(0x38);
    if (miniCutoff !== 4096)
        throw new MsiFormatError(`OLE compound file: unexpected mini stream cutoff ${miniCutoff}`);
    const firstMiniFat = h.readUInt32LE(0x3c);
    const numMiniFat = h.readUInt32LE(0x40);
    let difatSector = h.readUInt32LE(0x44);
    const numDifat = h.readUInt32LE(0x48);
    const maxSectors = Math.ceil(fileSize / sectorSize);
    if (numFat > maxSectors)
        throw new MsiFormatError('OLE compound file: FAT sector count exceeds the file size');
    const sectorOffset = (s) => (s + 1) * sectorSize;
    const readSector = async (s) => {
        if (s > MAX_REGSECT || sectorOffset(s) + sectorSize > fileSize + sectorSize)
            throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
        const off = sectorOffset(s);
        const len = Math.min(sectorSize, fileSize - off);
        if (len <= 0)
            throw new MsiFormatError(`OLE compound file: sector 0x${s.toString(16)} lies outside the file`);
        const b = await read(off, len);
        return len === sectorSize ? b : Buffer.concat([b, Buffer.alloc(sectorSize - len)]);
    };
    // DIFAT: 109 entries in the header, then chained DIFAT sectors.
    const fatSectors = [];
    for (let i = 0; i < 109 && fatSectors.length < numFat; i++)
        fatSectors.push(h.readUInt32LE(0x4c + i * 4));
    for (let d = 0; d < numDifat && fatSectors.length < numFat; d++) {
        if (difatSector === ENDOFCHAIN || difatSector === FREESECT)
            throw new MsiFormatError('OLE compound file: DIFAT chain ends early');
        const b = await readSector(difatSector);
        const per = sectorSize / 4 - 1;
        for (let i = 0; i < per && fatSectors.length < numFat; i++)
            fatSectors.push(b.readUInt32LE(i * 4));
        difatSector = b.readUInt32LE(per * 4);
    }
    if (fatSectors.length !== numFat)
        throw new MsiFormatError('OLE compound file: fewer FAT sectors listed than declared');
    const perSector = sectorSize / 4;
    const fat = new Uint32Array(numFat * perSector);
    for (const [i, s] of fatSectors.entries()) {
        const b = await readSector(s);
        for (let j = 0; j < perSector; j++)
            fat[i * perSector + j] = b.readUInt32LE(j * 4);
    }
    // Directory.
    const dirSectors = chain(fat, firstDir, 'directory', maxSectors);
    const dirBuf = Buffer.concat(await Promise.all(dirSectors.map(readSector)));
    const count = dirBuf.length / 128;
    const raw = [];
    for (let i = 0; i < count; i++) {
        const e = dirBuf.subarray(i * 128, (i + 1) * 128);
        const typeByte = e[66];
        if (typeByte === 0) {
            raw.push(undefined);
            continue;
        }
        const nameLen = e.readUInt16LE(64);
        if (nameLen < 2 || nameLen > 64 || nameLen % 2)
            throw new MsiFormatError(`OLE directory entry ${i}: bad name length ${nameLen}`);
        const rawName = Buffer.from(e.subarray(0, nameLen));
        const type = typeByte === 1 ? 'storage' : typeByte === 2 ? 'stream' : typeByte === 5 ? 'root' : undefined;
        if (!type)
            throw new MsiFormatError(`OLE directory entry ${i}: unknown type ${typeByte}`);
        const sizeLow = e.readUInt32LE(120);
        const sizeHigh = major === 4 ? e.readUInt32LE(124) : 0;
        if (sizeHigh > 0x1fffff)
            throw new MsiFormatError(`OLE directory entry ${i}: stream too large`);
        raw.push({
            entry: {
                index: i,
                rawName,
                name: rawName.subarray(0, nameLen - 2).toString('utf16le'),
                type,
                clsid: Buffer.from(e.subarray(80, 96)),
                start: e.readUInt32LE(116),
                size: sizeHigh * 0x100000000 + sizeLow,
                stateBits: Buffer.from(e.subarray(96, 100)),
                ctime: Buffer.from(e.subarray(100, 108)),
                mtime: Buffer.from(e.subarray(108, 116)),
                sizeLow: Buffer.from(e.subarray(120, 124)),
                children: [],
            },
            left: e.readUInt32LE(68),
            right: e.readUInt32LE(72),
            child: e.readUInt32LE(76),
        });
    }
    const rootRaw = raw[0];
    if (!rootRaw || rootRaw.entry.type !== 'root')
        throw new MsiFormatError('OLE compound file: the first directory entry is not the root storage');
    const seen = new Set();
    const collect = (idx, into, depth) => {
        if (idx === NOSTREAM)
            return;
        if (depth > 10_000 || seen.has(idx))
            throw new MsiFormatError('OLE directory: the sibling tree has a loop');
        const r = raw[idx];
        if (!r || r.entry.type === 'root')
            throw new MsiFormatError(`OLE directory: reference to invalid entry ${idx}`);
        seen.add(idx);
        collect(r.left, into, depth + 1);
        into.push(r.entry);
        collect(r.right, into, depth + 1);
        if (r.entry.type === 'storage')
            collect(r.child, r.entry.children, 0);
    };
    seen.add(0);
    collect(rootRaw.child, rootRaw.entry.children, 0);
    const miniFat = new Uint32Array(numMiniFat * perSector);
    if (numMiniFat) {
        const mf = chain(fat, firstMiniFat, 'mini FAT', maxSectors);
        if (mf.length < numMiniFat)
            throw new MsiFormatError('OLE compound file: mini FAT chain shorter than declared');
        for (let i = 0; i < numMiniFat; i++) {
            const b = await readSector(mf[i]);
            for (let j = 0; j < perSector; j++)
                miniFat[i * perSector + j] = b.readUInt32LE(j * 4);
        }
    }
    const miniStreamSectors = rootRaw.entry.size > 0 ? chain(fat, rootRaw.entry.start, 'mini stream', maxSectors) : [];
    return { sectorSize, miniSectorSize: 64, miniCutoff, fileSize, fat, miniFat, miniStreamSectors, root: rootRaw.entry };
}
/** Byte ranges [offset, length] of a stream's content in the file, coalescing adjacent sectors. */
function streamRanges(cf, e) {
    const out = [];
    const push = (off, len) => {
        const last = out[out.length - 1];
        if (last && last[0] + last[1] === off)
            last[1] += len;
        else
            out.push([off, len]);
    };
    let left = e.size;
    if (left === 0)
        return out;
    if (e.size < cf.miniCutoff) {
        const ms = cf.miniSectorSize;
        const secs = chain(cf.miniFat, e.start, `stream ${JSON.stringify(e.name)} (mini)`, cf.miniFat.length);
        for (const m of secs) {
            if (left <= 0)
                break;
            const pos = m * ms;
            const regular = cf.miniStreamSectors[Math.floor(pos / cf.sectorSize)];
            if (regular === undefined)
                throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: mini sector outside the mini stream`);
            const n = Math.min(ms, left);
            push((regular + 1) * cf.sectorSize + (pos % cf.sectorSize), n);
            left -= n;
        }
    }
    else {
        const secs = chain(cf.fat, e.start, `stream ${JSON.stringify(e.name)}`, Math.ceil(cf.fileSize / cf.sectorSize));
        for (const s of secs) {
            if (left <= 0)
                break;
            const n = Math.min(cf.sectorSize, left);
            push((s + 1) * cf.sectorSize, n);
            left -= n;
        }
    }
    if (left > 0)
        throw new MsiFormatError(`stream ${JSON.stringify(e.name)}: sector chain is shorter than its size`);
    for (const [off, len] of out)
        if (off + len > cf.fileSize)
            throw new MsiFormatError(`stream ${JSON.stringify(e.name)} runs past the end of the file`);
    return out;
}
/** osslsigncode's dirent_cmp_hash: memcmp over the shorter raw name, then the longer one last. */
function compareForHash(a, b) {
    const n = Math.min(a.rawName.length, b.rawName.length);
    const d = Buffer.compare(a.rawName.subarray(0, n), b.rawName.subarray(0, n));
    if (d !== 0)
        return d;
    return a.rawName.length > b.rawName.length ? 1 : -1;
}
/** The ordered steps of the MSI Authenticode digest (without MsiDigitalSignatureEx). */
function msiHashSteps(cf) {
    const steps = [];
    const walk = (dir, isRoot) => {
        const kids = [...dir.children].sort(compareForHash);
        for (const c of kids) {
            if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX))
                continue;
            if (c.type === 'stream')
                steps.push({ ranges: streamRanges(cf, c) });
            else if (c.type === 'storage')
                walk(c, false);
        }
        steps.push({ bytes: dir.clsid });
    };
    walk(cf.root, true);
    return steps;
}
/**
 * The metadata the \x05MsiDigitalSignatureEx pre-hash covers, in order (osslsigncode msi_prehash_dir): for each
 * storage its name (not for the root), CLSID, stateBits and times (not for the root), then its children in hash
 * order — streams as name, size (low 32 bits), stateBits and times; storages recursively; signature streams skipped.
 */
function msiPrehashParts(cf) {
    const parts = [];
    const meta = (e) => {
        if (e.type !== 'root')
            parts.push(e.rawName.subarray(0, e.rawName.length - 2));
        parts.push(e.type === 'stream' ? e.sizeLow : e.clsid);
        parts.push(e.stateBits);
        if (e.type !== 'root')
            parts.push(e.ctime, e.mtime);
    };
    const walk = (dir, isRoot) => {
        meta(dir);
        for (const c of [...dir.children].sort(compareForHash)) {
            if (isRoot && (c.name === DIGITAL_SIGNATURE || c.name === DIGITAL_SIGNATURE_EX))
                continue;
            if (c.type === 'stream')
                meta(c);
            else if (c.type === 'storage')
                walk(c, false);
        }
    };
    walk(cf.root, true);
    return parts;
}
function findRootStream(cf, name) {
    return cf.root.children.find((c) => c.type === 'stream' && c.name === name);
}

;// CONCATENATED MODULE: ./src/signing/authenticode/core/x509.ts
/**
 * The few X.509 facts Node's X509Certificate does not expose (raw issuer/serial for CMS signer matching,
 * subject attributes in order, basicConstraints pathLen, keyUsage bits, EKUs), read with the DER reader.
 * Also parses relforge subject pins ("CN=Contoso Ltd, O=Contoso") and matches them. Pure.
 */

const NAME_OIDS = {
    '2.5.4.3': 'CN',
    '2.5.4.4': 'SN',
    '2.5.4.5': 'SERIALNUMBER',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'STREET',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.12': 'T',
    '2.5.4.15': 'businessCategory',
    '2.5.4.17': 'postalCode',
    '2.5.4.42': 'GN',
    '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID',
    '1.2.840.113549.1.9.1': 'E',
    '1.3.6.1.4.1.311.60.2.1.1': 'jurisdictionL',
    '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
    '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
};
const NAME_ALIASES = {
    emailaddress: '1.2.840.113549.1.9.1',
    email: '1.2.840.113549.1.9.1',
    s: '2.5.4.8',
    street: '2.5.4.9',
    serialnumber: '2.5.4.5',
};
function typeToOid(type) {
    if (/^\d+(\.\d+)+$/.test(type))
        return type;
    const lower = type.toLowerCase();
    if (NAME_ALIASES[lower])
        return NAME_ALIASES[lower];
    for (const [o, n] of Object.entries(NAME_OIDS))
        if (n.toLowerCase() === lower)
            return o;
    return undefined;
}
const KEY_USAGE_BITS = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'];
/** Name (SEQUENCE OF RDN SET OF AttributeTypeAndValue) → attributes in encoding order (most general first). */
function parseName(node) {
    const out = [];
    for (const rdn of seq(node, 'Name')) {
        for (const atv of set(rdn, 'RelativeDistinguishedName')) {
            const [t, v] = seq(atv, 'AttributeTypeAndValue');
            if (!t || !v)
                throw new DerError('AttributeTypeAndValue: missing fields');
            const o = oid(t);
            let value;
            try {
                value = str(v);
            }
            catch {
                value = `#${v.raw.toString('hex')}`;
            }
            out.push({ oid: o, type: NAME_OIDS[o] ?? o, value });
        }
    }
    return out;
}
/** RFC 4514-style display, most specific first: "CN=Contoso Ltd, O=Contoso, C=US". */
function formatName(attrs) {
    const esc = (v) => v.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^([ #])/, '\\$1').replace(/ $/, '\\ ');
    return [...attrs].reverse().map((a) => `${a.type}=${esc(a.value)}`).join(', ');
}
/** Parses an X.509 certificate's DER for the fields listed in CertInfo. */
function parseCertInfo(der) {
    const cert = parseDer(der, 'certificate');
    const [tbs] = seq(cert, 'Certificate');
    if (!tbs)
        throw new DerError('Certificate: missing tbsCertificate');
    const f = seq(tbs, 'TBSCertificate');
    let i = 0;
    if (f[0]?.isContext(0))
        i++; // version
    const serialNode = f[i++].expect(TAG.INTEGER, 'serialNumber');
    i++; // signature AlgorithmIdentifier
    const issuerNode = f[i++];
    i++; // validity
    const subjectNode = f[i++];
    const info = {
        issuerRaw: issuerNode.raw,
        subjectRaw: subjectNode.raw,
        serial: serialNode.value,
        subject: parseName(subjectNode),
        critical: [],
    };
    const extsNode = f.find((n) => n.isContext(3));
    if (extsNode) {
        const [exts] = extsNode.children();
        for (const ext of seq(exts, 'Extensions')) {
            const parts = seq(ext, 'Extension');
            const extOid = oid(parts[0]);
            let critical = false;
            let valueNode = parts[1];
            if (valueNode.tag === TAG.BOOLEAN) {
                critical = der_boolean(valueNode);
                valueNode = parts[2];
            }
            if (critical)
                info.critical.push(extOid);
            const inner = parseDer(octets(valueNode), `extension ${extOid}`);
            switch (extOid) {
                case '2.5.29.19': {
                    const bc = seq(inner, 'basicConstraints');
                    let ca = false;
                    let k = 0;
                    if (bc[k]?.tag === TAG.BOOLEAN)
                        ca = der_boolean(bc[k++]);
                    const pathLen = bc[k]?.tag === TAG.INTEGER ? smallInt(bc[k]) : undefined;
                    info.basicConstraints = pathLen === undefined ? { ca } : { ca, pathLen };
                    break;
                }
                case '2.5.29.15': {
                    const bits = bitString(inner);
                    const names = [];
                    KEY_USAGE_BITS.forEach((n, bit) => {
                        const byte = bits[bit >> 3] ?? 0;
                        if (byte & (0x80 >> (bit & 7)))
                            names.push(n);
                    });
                    info.keyUsage = names;
                    break;
                }
                case '2.5.29.37':
                    info.ekus = seq(inner, 'extKeyUsage').map((n) => oid(n));
                    break;
                case '2.5.29.14':
                    info.subjectKeyIdentifier = octets(inner);
                    break;
            }
        }
    }
    return info;
}
/**
 * Parses a subject pin such as `CN=Contoso Ltd, O=Contoso` (RFC 4514 escaping with backslash; values may be
 * double-quoted). Throws with a message naming the problem.
 */
function parseSubjectPin(pin) {
    const parts = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < pin.length; i++) {
        const c = pin[i];
        if (c === '\\' && i + 1 < pin.length) {
            cur += c + pin[++i];
        }
        else if (c === '"') {
            quoted = !quoted;
            cur += c;
        }
        else if ((c === ',' || c === ';' || c === '+') && !quoted) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    if (quoted)
        throw new Error(`subject pin "${pin}": unterminated quote`);
    parts.push(cur);
    const out = [];
    for (const raw of parts) {
        const p = raw.trim();
        if (!p)
            continue;
        const eq = p.indexOf('=');
        if (eq <= 0)
            throw new Error(`subject pin "${pin}": "${p}" is not TYPE=value (e.g. CN=Contoso Ltd)`);
        const type = p.slice(0, eq).trim();
        let value = p.slice(eq + 1).trim();
        if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
            value = value.slice(1, -1);
        value = value.replace(/\\(.)/g, '$1');
        const o = typeToOid(type);
        if (!o)
            throw new Error(`subject pin "${pin}": unknown attribute type "${type}" (use CN, O, OU, L, ST, C, E, SERIALNUMBER or a dotted OID)`);
        out.push({ type: NAME_OIDS[o] ?? o, oid: o, value });
    }
    if (!out.length)
        throw new Error(`subject pin "${pin}" names no attribute (e.g. CN=Contoso Ltd, O=Contoso)`);
    return out;
}
/** The pin attributes that are NOT present (same type, exactly equal value) in the subject. */
function missingSubjectAttributes(subject, pin) {
    return pin.filter((p) => !subject.some((a) => a.oid === p.oid && a.value === p.value));
}

;// CONCATENATED MODULE: ./src/signing/authenticode/verify.ts
/**
 * Independent Authenticode verification (file level), fail-closed.
 *
 * PE: the file is streamed through the Authenticode digest (1 MiB reads, constant memory); the certificate
 * table, the CMS signature, the chain to a pinned root at the timestamp time, the EKUs, the subject pin and
 * the RFC 3161 timestamp (signature, chain to the pinned TSA root, message imprint) are checked in-process
 * with Node's crypto and X509Certificate.
 * MSI: parsed in-process too (OLE compound file, \x05DigitalSignature stream, content digest over the
 * streams in Authenticode order, plus the \x05MsiDigitalSignatureEx metadata pre-hash when present).
 * No external tool is needed.
 */









/** A failed verification; `check` names the check that failed (digest, signature, chain, eku, subject, timestamp, …). */
class AuthenticodeVerificationError extends errors/* RelforgeError */.fY {
    check;
    file;
    constructor(file, check, detail, options) {
        super(`Authenticode verification of ${file} failed [${check}]: ${detail}`, options);
        this.name = 'AuthenticodeVerificationError';
        this.check = check;
        this.file = file;
    }
}
const ALLOWED_DIGESTS = new Set(['sha256', 'sha384', 'sha512']);
const FUTURE_SKEW_MS = 5 * 60_000;
/** Upper bound for a certificate table we are willing to read into memory. */
const MAX_CERT_TABLE = 16 * 1024 * 1024;
/** Splits a PEM bundle into certificates; throws naming `what` when it holds none or a bad one. */
function parsePemCertificates(text, what) {
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (!blocks.length)
        throw new errors/* RelforgeError */.fY(`${what} holds no PEM certificate (expected "-----BEGIN CERTIFICATE-----" blocks).`);
    return blocks.map((b, i) => {
        try {
            return new external_node_crypto_namespaceObject.X509Certificate(b);
        }
        catch (e) {
            throw new errors/* RelforgeError */.fY(`${what}: certificate #${i + 1} cannot be parsed: ${e.message}`);
        }
    });
}
/** sign-trusted's and verify-authenticode's option names. */
const PIN_FIELDS = { roots: 'trusted-root', tsaRoots: 'tsa-root', subject: 'expected-subject', ekus: 'expected-eku' };
/**
 * Validates pins up front (PEM parse, EKU OIDs, subject syntax). With `fields`, every problem is reported by
 * field (SettingsError, all at once); without, the first one is thrown as a RelforgeError sentence.
 */
function checkAuthenticodePins(pins, fields) {
    if (!fields) {
        preparePins(pins);
        return;
    }
    const problems = new Problems();
    const attempt = (field, f) => {
        try {
            f();
            return true;
        }
        catch (e) {
            problems.add(field, `is not usable: ${errorMessage(e)}`);
            return false;
        }
    };
    const rootsOk = attempt(fields.roots, () => preparePins({ roots: pins.roots }));
    if (pins.tsaRoots)
        attempt(fields.tsaRoots, () => preparePins({ roots: pins.tsaRoots }));
    if (rootsOk) {
        attempt(fields.ekus, () => preparePins({ roots: pins.roots, ekus: pins.ekus }));
        attempt(fields.subject, () => preparePins({ roots: pins.roots, subject: pins.subject }));
    }
    problems.throwIfAny();
}
function preparePins(pins) {
    if (!pins || typeof pins.roots !== 'string')
        throw new errors/* RelforgeError */.fY('Authenticode pins: a trusted root PEM bundle is required.');
    const roots = parsePemCertificates(pins.roots, 'The trusted root bundle');
    const tsaRoots = pins.tsaRoots ? parsePemCertificates(pins.tsaRoots, 'The TSA root bundle') : roots;
    const out = { roots, tsaRoots, ekus: [] };
    for (const e of pins.ekus ?? []) {
        if (!/^\d+(\.\d+)+$/.test(e.trim()))
            throw new errors/* RelforgeError */.fY(`EKU pin "${e}" is not a dotted OID (e.g. 1.3.6.1.4.1.311.97.1.2.3.4).`);
        out.ekus.push(e.trim());
    }
    if (pins.subject !== undefined && pins.subject.trim() !== '') {
        try {
            out.subject = parseSubjectPin(pins.subject);
            out.subjectText = pins.subject;
        }
        catch (e) {
            throw new errors/* RelforgeError */.fY(`${e.message}.`);
        }
    }
    return out;
}
function hashName(algOid, what, fail) {
    const h = HASH_OIDS[algOid];
    if (!h || !ALLOWED_DIGESTS.has(h))
        fail('algorithm', `${what} uses ${h ?? algOid}; only SHA-256, SHA-384 and SHA-512 are accepted`);
    return h;
}
/** Verifies a SignerInfo signature over the DER of its signed attributes. */
function verifySignerSignature(signer, key, hash) {
    const data = signer.signedAttrs.der;
    const alg = signer.signatureAlgorithm.oid;
    if (alg === OID.rsaPss) {
        if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'rsa-pss')
            return false;
        let saltLength = 20;
        let pssHash = 'sha1';
        const params = signer.signatureAlgorithm.params;
        if (params) {
            for (const f of seq(params, 'RSASSA-PSS-params')) {
                const inner = f.children()[0];
                if (f.isContext(0))
                    pssHash = HASH_OIDS[oid(seq(inner)[0])] ?? 'unknown';
                if (f.isContext(2))
                    saltLength = smallInt(inner);
            }
        }
        if (pssHash !== hash)
            return false;
        return (0,external_node_crypto_namespaceObject.verify)(hash, data, { key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING, saltLength }, signer.signature);
    }
    const s = SIGNATURE_OIDS[alg];
    if (!s)
        return false;
    if (s.hash && s.hash !== hash)
        return false;
    const kt = key.asymmetricKeyType;
    if (s.key === 'rsa' && kt !== 'rsa')
        return false;
    if (s.key === 'ec' && kt !== 'ec')
        return false;
    return (0,external_node_crypto_namespaceObject.verify)(hash, data, s.key === 'rsa' ? { key, padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING } : key, signer.signature);
}
function loadCerts(ders) {
    return ders.map((d) => ({ x509: new external_node_crypto_namespaceObject.X509Certificate(d), info: parseCertInfo(d) }));
}
function findSigner(signer, certs) {
    const sid = signer.sid;
    if ('ski' in sid)
        return certs.find((c) => c.info.subjectKeyIdentifier?.equals(sid.ski));
    const norm = (b) => {
        let i = 0;
        while (i < b.length - 1 && b[i] === 0)
            i++;
        return b.subarray(i);
    };
    return certs.find((c) => c.info.issuerRaw.equals(sid.issuerRaw) && norm(c.info.serial).equals(norm(sid.serial)));
}
const dn = (s) => s.split('\n').reverse().join(', ');
const describe = (c) => dn(c.subject);
/**
 * Builds leaf → intermediates (from `pool`) → pinned root, checking every link's signature, validity at
 * `at`, CA flags, keyCertSign and pathLen. Returns the path (leaf first, pinned root last).
 */
function buildChain(leaf, pool, roots, at, purpose, fail) {
    const path = [leaf];
    const rootFps = new Set(roots.map((r) => r.fingerprint256));
    let cur = leaf;
    for (let depth = 0;; depth++) {
        if (depth > 8)
            fail('chain', `the ${purpose} chain is longer than 8 certificates`);
        if (rootFps.has(cur.x509.fingerprint256) && depth > 0)
            break;
        const root = roots.find((r) => cur.x509.checkIssued(r) && cur.x509.verify(r.publicKey));
        if (root) {
            if (root.fingerprint256 !== cur.x509.fingerprint256)
                path.push({ x509: root, info: parseCertInfo(root.raw) });
            break;
        }
        const next = pool.find((c) => !path.includes(c) && cur.x509.checkIssued(c.x509) && cur.x509.verify(c.x509.publicKey));
        if (!next) {
            fail('chain', `the ${purpose} chain does not lead to a pinned root: "${describe(cur.x509)}" is issued by "${dn(cur.x509.issuer)}", ` +
                `which is neither a pinned root nor a certificate in the signature (pinned: ${roots.map((r) => `"${describe(r)}"`).join(', ')}). Check the root PEM you pinned.`);
        }
        path.push(next);
        cur = next;
    }
    for (const [i, c] of path.entries()) {
        const from = new Date(c.x509.validFrom);
        const to = new Date(c.x509.validTo);
        if (at < from || at > to)
            fail('validity', `the ${purpose} certificate "${describe(c.x509)}" is not valid at ${at.toISOString()} (the ${i === 0 ? 'timestamp/verification time' : 'verification time'}); it is valid from ${from.toISOString()} to ${to.toISOString()}`);
        if (i === 0) {
            if (c.info.basicConstraints?.ca)
                fail('chain', `the ${purpose} leaf "${describe(c.x509)}" is a CA certificate`);
            continue;
        }
        const isRoot = i === path.length - 1 && rootFps.has(c.x509.fingerprint256);
        const bc = c.info.basicConstraints;
        if (!(bc?.ca ?? (isRoot && !bc)))
            fail('chain', `"${describe(c.x509)}" issues certificates but is not a CA (basicConstraints)`);
        if (c.info.keyUsage && !c.info.keyUsage.includes('keyCertSign'))
            fail('chain', `"${describe(c.x509)}" issues certificates but its keyUsage lacks keyCertSign`);
        const intermediatesBelow = i - 1;
        if (bc?.pathLen !== undefined && intermediatesBelow > bc.pathLen)
            fail('chain', `"${describe(c.x509)}" allows a path length of ${bc.pathLen}, but ${intermediatesBelow} CA certificates follow it`);
    }
    return path;
}
/** Every check on an Authenticode PKCS#7 except the file digest (which depends on the file type). */
function verifyAuthenticodeCms(sig, pins, opts, fail) {
    const { signedData: sd, signer, spc } = sig;
    const fileHash = hashName(spc.digestAlgorithm, 'the file digest', fail);
    const signerHash = hashName(signer.digestAlgorithm.oid, 'the signer digest', fail);
    // messageDigest covers the SpcIndirectDataContent value octets.
    const md = (0,external_node_crypto_namespaceObject.createHash)(signerHash).update(sd.contentOctets).digest();
    if (!md.equals(sig.messageDigest))
        fail('message-digest', 'the messageDigest signed attribute does not match the signed content (the signature was altered)');
    let certs;
    try {
        certs = loadCerts(sd.certificates);
    }
    catch (e) {
        fail('certificates', `a certificate in the signature cannot be parsed: ${e.message}`);
    }
    const leaf = findSigner(signer, certs);
    if (!leaf)
        fail('certificates', 'the signing certificate named by the SignerInfo is not in the signature');
    if (!verifySignerSignature(signer, leaf.x509.publicKey, signerHash))
        fail('signature', `the CMS signature does not verify with the public key of "${describe(leaf.x509)}" (wrong key or altered signed attributes)`);
    const now = opts.now ?? new Date();
    let at = now;
    let timestamp;
    if (sig.timestampToken) {
        timestamp = verifyTimestamp(sig.timestampToken.der, signer.signature, sd.certificates, pins, now, fail);
        at = timestamp;
    }
    else if (opts.requireTimestamp ?? true) {
        if (signer.unsignedAttrs.some((a) => a.type === OID.counterSignature))
            fail('timestamp', 'the signature carries only a legacy Authenticode countersignature; an RFC 3161 timestamp is required (jsign: --tsmode RFC3161; signtool: /tr … /td sha256)');
        fail('timestamp', 'the signature has no RFC 3161 timestamp; Trusted Signing certificates live 3 days, so an untimestamped signature expires with them (sign with --tsaurl … --tsmode RFC3161)');
    }
    buildChain(leaf, certs.filter((c) => c !== leaf), pins.roots, at, 'code-signing', fail);
    const ekus = leaf.info.ekus ?? [];
    if (!ekus.includes(OID.codeSigning))
        fail('eku', `the leaf "${describe(leaf.x509)}" lacks the codeSigning EKU (${OID.codeSigning}); it carries [${ekus.join(', ') || 'no EKU extension'}]`);
    for (const e of pins.ekus)
        if (!ekus.includes(e))
            fail('eku', `the leaf "${describe(leaf.x509)}" lacks the pinned EKU ${e}; it carries [${ekus.join(', ')}] (check expected-eku / --eku)`);
    if (leaf.info.keyUsage && !leaf.info.keyUsage.includes('digitalSignature'))
        fail('eku', `the leaf "${describe(leaf.x509)}" keyUsage lacks digitalSignature`);
    if (pins.subject) {
        const missing = missingSubjectAttributes(leaf.info.subject, pins.subject);
        if (missing.length)
            fail('subject', `the leaf subject "${formatName(leaf.info.subject)}" does not contain ${missing.map((m) => `${m.type}=${m.value}`).join(', ')} (pinned "${pins.subjectText}")`);
    }
    const out = { leaf: leaf, digestAlgorithm: fileHash };
    if (timestamp)
        out.timestamp = timestamp;
    return out;
}
/** RFC 3161 token checks; returns genTime. */
function verifyTimestamp(token, signedSignature, outerCerts, pins, now, fail) {
    let sd;
    let tst;
    try {
        sd = parseSignedData(token, 'RFC 3161 timestamp token');
        if (sd.contentType !== OID.tstInfo || sd.content?.tag !== TAG.OCTET_STRING)
            fail('timestamp', `the timestamp token content is ${sd.contentType}, not TSTInfo (${OID.tstInfo})`);
        tst = parseTstInfo(sd.contentOctets);
    }
    catch (e) {
        if (e instanceof AuthenticodeFormatError || e instanceof DerError)
            fail('timestamp', e.message);
        throw e;
    }
    if (sd.signerInfos.length !== 1)
        fail('timestamp', `the timestamp token has ${sd.signerInfos.length} signers; exactly one is expected`);
    const ts = sd.signerInfos[0];
    const tsHash = hashName(ts.digestAlgorithm.oid, 'the timestamp signer digest', fail);
    if (!ts.signedAttrs)
        fail('timestamp', 'the timestamp token signer has no signed attributes');
    const ct = singleValue(ts.signedAttrs.attrs, OID.contentType, 'timestamp contentType');
    if (!ct || oid(ct) !== OID.tstInfo)
        fail('timestamp', 'the timestamp contentType signed attribute is not TSTInfo');
    const md = singleValue(ts.signedAttrs.attrs, OID.messageDigest, 'timestamp messageDigest');
    if (!md || !(0,external_node_crypto_namespaceObject.createHash)(tsHash).update(sd.contentOctets).digest().equals(octets(md)))
        fail('timestamp', 'the timestamp messageDigest does not match its TSTInfo (the token was altered)');
    let certs;
    try {
        certs = loadCerts([...sd.certificates, ...outerCerts]);
    }
    catch (e) {
        fail('timestamp', `a certificate in the timestamp token cannot be parsed: ${e.message}`);
    }
    const tsaCert = findSigner(ts, certs);
    if (!tsaCert)
        fail('timestamp', 'the TSA certificate is not in the timestamp token (request it with certReq)');
    if (!verifySignerSignature(ts, tsaCert.x509.publicKey, tsHash))
        fail('timestamp', `the timestamp token signature does not verify with the key of "${describe(tsaCert.x509)}"`);
    if (!(tsaCert.info.ekus ?? []).includes(OID.timeStamping))
        fail('timestamp', `the TSA certificate "${describe(tsaCert.x509)}" lacks the timeStamping EKU`);
    const imprintHash = hashName(tst.hashAlgorithm, 'the timestamp message imprint', fail);
    if (!(0,external_node_crypto_namespaceObject.createHash)(imprintHash).update(signedSignature).digest().equals(tst.hashedMessage))
        fail('timestamp', 'the timestamp message imprint does not match the signature it claims to timestamp (the token belongs to another signature)');
    const genTime = tst.genTime;
    if (genTime.getTime() > now.getTime() + FUTURE_SKEW_MS)
        fail('timestamp', `the timestamp time ${genTime.toISOString()} lies in the future`);
    const chainFail = (check, detail) => fail('timestamp', `${check}: ${detail}${check === 'chain' ? ' (check tsa-root / --tsa-root)' : ''}`);
    buildChain(tsaCert, certs.filter((c) => c !== tsaCert), pins.tsaRoots, genTime, 'timestamping', chainFail);
    return genTime;
}
async function readExactly(fh, buf, position) {
    let done = 0;
    while (done < buf.length) {
        const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
        if (bytesRead === 0)
            throw new Error(`unexpected end of file at offset ${position + done}`);
        done += bytesRead;
    }
}
/**
 * Verifies one file (PE or MSI) against the pins. Throws AuthenticodeVerificationError naming the failing
 * check, or RelforgeError for unusable pins.
 */
async function verifyAuthenticodeFile(path, pins, opts = {}) {
    const prepared = preparePins(pins);
    try {
        return await verify_verifyFile(path, prepared, opts);
    }
    catch (e) {
        if (e instanceof errors/* RelforgeError */.fY)
            throw e;
        // Anything else while reading untrusted structures is a malformed file, never a pass.
        if (e instanceof DerError || e instanceof AuthenticodeFormatError || e instanceof MsiFormatError || e instanceof PeFormatError)
            throw new AuthenticodeVerificationError(path, 'format', e.message, { cause: e });
        throw new AuthenticodeVerificationError(path, 'format', `the signature could not be processed: ${e.message}`, { cause: e });
    }
}
async function verify_verifyFile(path, prepared, opts) {
    const fail = (check, detail) => {
        throw new AuthenticodeVerificationError(path, check, detail);
    };
    let fh;
    try {
        fh = await (0,promises_namespaceObject.open)(path, 'r');
    }
    catch (e) {
        throw new errors/* RelforgeError */.fY(`Cannot open ${path} for Authenticode verification: ${e.message}`, { cause: e });
    }
    try {
        const size = (await fh.stat()).size;
        const head = Buffer.alloc(Math.min(size, PE_HEAD_BYTES));
        await readExactly(fh, head, 0);
        if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC))
            return await verifyMsi(path, fh, size, prepared, opts, fail);
        if (head.length < 2 || head.readUInt16LE(0) !== 0x5a4d)
            fail('format', 'the file is neither a PE (MZ) nor an MSI (OLE compound file)');
        let ranges;
        let table;
        try {
            const layout = peLayout(head, size);
            ranges = authenticodeRanges(layout, size);
            table = layout.certTable;
        }
        catch (e) {
            if (e instanceof PeFormatError)
                fail(/appended/.test(e.message) ? 'appended-data' : /not signed/.test(e.message) ? 'unsigned' : 'format', e.message);
            throw e;
        }
        if (table.size > MAX_CERT_TABLE)
            fail('certificate-table', `the certificate table is ${table.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
        const tableBuf = Buffer.alloc(table.size);
        await readExactly(fh, tableBuf, table.offset);
        let sig;
        try {
            sig = parseAuthenticodeSignature(parseCertificateTable(tableBuf));
        }
        catch (e) {
            if (e instanceof AuthenticodeFormatError || e instanceof DerError)
                fail(/nested|signers|second certificate/.test(e.message) ? 'single-signature' : 'certificate-table', e.message);
            throw e;
        }
        if (sig.spc.dataType !== OID.spcPeImageData)
            fail('format', `the signed content type is ${sig.spc.dataType}, expected SPC_PE_IMAGE_DATA for a PE file`);
        const cms = verifyAuthenticodeCms(sig, prepared, opts, fail);
        // Stream the digest ranges (constant memory): two 1 MiB buffers, the next read runs while the current
        // chunk is hashed.
        const h = (0,external_node_crypto_namespaceObject.createHash)(cms.digestAlgorithm);
        const bufs = [Buffer.allocUnsafe(fs_READ_CHUNK), Buffer.allocUnsafe(fs_READ_CHUNK)];
        const reads = [];
        for (const [s, e] of ranges)
            for (let pos = s; pos < e; pos += fs_READ_CHUNK)
                reads.push({ pos, len: Math.min(fs_READ_CHUNK, e - pos) });
        const readAt = (i) => {
            const r = reads[i];
            return readExactly(fh, bufs[i % 2].subarray(0, r.len), r.pos).then(() => bufs[i % 2].subarray(0, r.len));
        };
        let pending = reads.length ? readAt(0) : undefined;
        for (let i = 0; i < reads.length; i++) {
            const chunk = await pending;
            pending = i + 1 < reads.length ? readAt(i + 1) : undefined;
            h.update(chunk);
        }
        if (!h.digest().equals(sig.spc.digest))
            fail('digest', `the file's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
        return result(path, 'pe', cms);
    }
    finally {
        await fh?.close();
    }
}
function result(file, kind, cms) {
    const r = {
        file,
        kind,
        signerSubject: formatName(cms.leaf.info.subject),
        leafSha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(cms.leaf.x509.raw).digest('hex'),
        digestAlgorithm: cms.digestAlgorithm,
    };
    if (cms.timestamp)
        r.timestamp = cms.timestamp;
    return r;
}
/**
 * MSI: parsed in-process (OLE compound file → \x05DigitalSignature stream → the same CMS checks as PE), and the
 * content digest streamed over the storages/streams in Authenticode order, preceded by the metadata pre-hash
 * when \x05MsiDigitalSignatureEx is present (which must then equal the stored pre-hash).
 */
async function verifyMsi(path, fh, size, pins, opts, fail) {
    const read = async (offset, length) => {
        const b = Buffer.alloc(length);
        await readExactly(fh, b, offset);
        return b;
    };
    let cf;
    try {
        cf = await readCompoundFile(read, size);
    }
    catch (e) {
        if (e instanceof MsiFormatError)
            fail('format', `the MSI structure is invalid: ${e.message}`);
        throw e;
    }
    const sigEntry = findRootStream(cf, DIGITAL_SIGNATURE);
    if (!sigEntry)
        fail('unsigned', 'the MSI has no Authenticode signature (no \\x05DigitalSignature stream)');
    if (sigEntry.size > MAX_CERT_TABLE)
        fail('certificate-table', `the MSI signature stream is ${sigEntry.size} bytes, larger than the ${MAX_CERT_TABLE}-byte limit`);
    let sig;
    try {
        const parts = [];
        for (const [off, len] of streamRanges(cf, sigEntry))
            parts.push(await read(off, len));
        const der = Buffer.concat(parts);
        const node = readDer(der, 0);
        if (der.subarray(node.end).some((b) => b !== 0))
            throw new AuthenticodeFormatError('non-zero bytes follow the PKCS#7 structure in the signature stream');
        sig = parseAuthenticodeSignature(der.subarray(0, node.end));
    }
    catch (e) {
        if (e instanceof MsiFormatError)
            fail('format', `the MSI structure is invalid: ${e.message}`);
        if (e instanceof AuthenticodeFormatError || e instanceof DerError)
            fail(/nested|signers/.test(e.message) ? 'single-signature' : 'certificate-table', e.message);
        throw e;
    }
    if (sig.spc.dataType !== OID.spcSipInfo)
        fail('format', `the signed content type is ${sig.spc.dataType}, expected SPC_SIPINFO for an MSI`);
    const cms = verifyAuthenticodeCms(sig, pins, opts, fail);
    let steps;
    try {
        steps = msiHashSteps(cf);
    }
    catch (e) {
        if (e instanceof MsiFormatError)
            fail('format', `the MSI structure is invalid: ${e.message}`);
        throw e;
    }
    const h = (0,external_node_crypto_namespaceObject.createHash)(cms.digestAlgorithm);
    const exEntry = findRootStream(cf, DIGITAL_SIGNATURE_EX);
    if (exEntry) {
        // MsiDigitalSignatureEx: the digest starts with a pre-hash over the storage metadata (names, sizes, times).
        const pre = (0,external_node_crypto_namespaceObject.createHash)(cms.digestAlgorithm);
        for (const part of msiPrehashParts(cf))
            pre.update(part);
        const prehash = pre.digest();
        if (exEntry.size !== prehash.length)
            fail('digest', `the MsiDigitalSignatureEx stream is ${exEntry.size} bytes, expected a ${cms.digestAlgorithm} pre-hash`);
        const stored = Buffer.concat(await Promise.all(streamRanges(cf, exEntry).map(([off, len]) => read(off, len))));
        if (!stored.equals(prehash))
            fail('digest', 'the MSI metadata (stream names, sizes or times) changed after signing: MsiDigitalSignatureEx does not match');
        h.update(prehash);
    }
    const chunk = Buffer.allocUnsafe(fs_READ_CHUNK);
    for (const step of steps) {
        if ('bytes' in step) {
            h.update(step.bytes);
            continue;
        }
        for (const [off, len] of step.ranges) {
            for (let done = 0; done < len;) {
                const n = Math.min(chunk.length, len - done);
                const part = chunk.subarray(0, n);
                await readExactly(fh, part, off + done);
                h.update(part);
                done += n;
            }
        }
    }
    if (!h.digest().equals(sig.spc.digest))
        fail('digest', `the MSI's Authenticode ${cms.digestAlgorithm} digest does not match the signed digest (the file was modified after signing)`);
    return result(path, 'msi', cms);
}

;// CONCATENATED MODULE: ./src/packages/core/platform.ts
/**
 * Platform keys for signed packages: `<os>-<arch>[-<bundle>]`, the same keys Tauri's updater uses
 * (formats.md §3), e.g. `windows-x86_64`, `linux-aarch64`, `darwin-aarch64`, `linux-x86_64-deb`.
 *
 * Pure: canonical names, a documented alias table, and inference from file names such as
 * `agent-linux-amd64`, `agent_windows_x86_64.exe` or `agent-1.2.3-darwin-arm64.tar.gz`.
 * Inference never guesses: a name with no OS/arch token, or with two different ones, is an error
 * that tells the user to name the platform explicitly (a `platform: file` map).
 */

const OSES = ['linux', 'darwin', 'windows', 'freebsd'];
const ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7', 'riscv64'];
const BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'dmg', 'msi', 'nsis'];
/**
 * Alias table (lower case). Left: the spellings found in file names and build matrices
 * (Go GOOS/GOARCH, Rust target triples, Node `process.platform/arch`, Debian/RPM arches);
 * right: the canonical value. Bare `arm` is deliberately absent: it may mean ARMv6 or ARMv7.
 */
const OS_ALIASES = {
    linux: 'linux',
    darwin: 'darwin',
    macos: 'darwin',
    mac: 'darwin',
    osx: 'darwin',
    apple: 'darwin',
    windows: 'windows',
    win: 'windows',
    win32: 'windows',
    win64: 'windows',
    mingw: 'windows',
    freebsd: 'freebsd',
};
const ARCH_ALIASES = {
    x86_64: 'x86_64',
    'x86-64': 'x86_64',
    amd64: 'x86_64',
    x64: 'x86_64',
    aarch64: 'aarch64',
    arm64: 'aarch64',
    armv8: 'aarch64',
    i686: 'i686',
    i586: 'i686',
    i386: 'i686',
    '386': 'i686',
    x86: 'i686',
    ia32: 'i686',
    armv7: 'armv7',
    armv7l: 'armv7',
    armhf: 'armv7',
    riscv64: 'riscv64',
};
/** File-name endings that name an installer format (bundle) and the OS it implies. Longest first. */
const BUNDLE_SUFFIXES = [
    ['.appimage.tar.gz', 'appimage', 'linux'],
    ['.app.tar.gz', 'app', 'darwin'],
    ['.msi.zip', 'msi', 'windows'],
    ['-setup.exe', 'nsis', 'windows'],
    ['.nsis.zip', 'nsis', 'windows'],
    ['.appimage', 'appimage', 'linux'],
    ['.deb', 'deb', 'linux'],
    ['.rpm', 'rpm', 'linux'],
    ['.dmg', 'dmg', 'darwin'],
    ['.msi', 'msi', 'windows'],
];
/** Endings that imply an OS without naming a bundle. */
const OS_SUFFIXES = [['.exe', 'windows']];
/** A platform key or file name that does not say one platform (a FormatError: the text is not what it claims). */
class PlatformError extends errors/* FormatError */.IF {
}
function platform_formatPlatform(p) {
    return p.bundle ? `${p.os}-${p.arch}-${p.bundle}` : `${p.os}-${p.arch}`;
}
const isOs = (v) => OSES.includes(v);
const isArch = (v) => ARCHES.includes(v);
const isBundle = (v) => BUNDLES.includes(v);
/** Parses a canonical key (`linux-x86_64`, `windows-x86_64-msi`); throws on anything else. */
function platform_parsePlatformKey(key) {
    const m = /^([a-z0-9]+)-(x86_64|[a-z0-9]+)(?:-([a-z0-9]+))?$/.exec(key);
    if (m && isOs(m[1]) && isArch(m[2]) && (m[3] === undefined || isBundle(m[3]))) {
        return m[3] ? { os: m[1], arch: m[2], bundle: m[3] } : { os: m[1], arch: m[2] };
    }
    throw new PlatformError(`"${key}" is not a platform key: use <os>-<arch>[-<bundle>] with os one of ${OSES.join(', ')}; ` +
        `arch one of ${ARCHES.join(', ')}; bundle one of ${BUNDLES.join(', ')} (e.g. linux-x86_64, windows-x86_64-msi).`);
}
function isPlatformKey(key) {
    try {
        platform_parsePlatformKey(key);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Accepts a canonical key or an aliased one (`linux-amd64`, `macos-arm64`, `win-x64-msi`) and returns
 * the canonical key. Used for `platform: file` map keys and the `require-platforms` list.
 */
function normalizePlatformKey(raw) {
    const key = raw.trim().toLowerCase();
    // x86_64 / x86-64 contain the separator; protect them before splitting.
    const protectedKey = key.replace(/x86[-_]64/g, 'x86_64');
    const parts = protectedKey.split('-');
    if (parts.length === 2 || parts.length === 3) {
        const os = OS_ALIASES[parts[0]];
        const arch = ARCH_ALIASES[parts[1]];
        const bundle = parts[2];
        if (os && arch && (bundle === undefined || isBundle(bundle)))
            return platform_formatPlatform(bundle ? { os, arch, bundle } : { os, arch });
    }
    return platform_formatPlatform(platform_parsePlatformKey(raw.trim()));
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Finds alias tokens in a (lower-case) name: longest alias first, separated by `-`, `_`, `.`, space or the ends. */
function findTokens(name, table) {
    const aliases = Object.keys(table).sort((a, b) => b.length - a.length);
    const re = new RegExp(`(?<=^|[-_. +])(${aliases.map(escapeRe).join('|')})(?=$|[-_. +])`, 'g');
    const out = [];
    for (const m of name.matchAll(re)) {
        const alias = m[1];
        // A purely numeric alias (Go's "386") inside a dotted version number ("1.386.0") is not an arch.
        if (/^\d+$/.test(alias)) {
            const before = name[m.index - 1];
            const after = name[m.index + alias.length];
            if (before === '.' || after === '.')
                continue;
        }
        out.push({ alias, value: table[alias] });
    }
    return out;
}
/**
 * Infers the platform of a package from its file name. Recognises the aliases above and the installer
 * endings in BUNDLE_SUFFIXES (which also imply the OS: `.deb` → linux, `.msi` → windows…).
 * Throws a PlatformError naming the file and the fix when the name is ambiguous or says nothing.
 */
function platform_inferPlatform(fileName) {
    const lower = fileName.toLowerCase();
    let bundle;
    let impliedOs;
    let stem = lower;
    for (const [suffix, b, os] of BUNDLE_SUFFIXES) {
        if (lower.endsWith(suffix)) {
            bundle = b;
            impliedOs = os;
            stem = lower.slice(0, -suffix.length);
            break;
        }
    }
    if (!impliedOs) {
        for (const [suffix, os] of OS_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                impliedOs = os;
                stem = lower.slice(0, -suffix.length);
            }
        }
    }
    const fix = `name the platform explicitly with a "platform: file" map in the packages input (e.g. "linux-x86_64: ${fileName}")`;
    const osTokens = [...new Set(findTokens(stem, OS_ALIASES).map((t) => t.value))];
    const archTokens = [...new Set(findTokens(stem, ARCH_ALIASES).map((t) => t.value))];
    if (osTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several operating systems (${osTokens.join(', ')}); ${fix}.`);
    if (archTokens.length > 1)
        throw new PlatformError(`Cannot tell the platform of "${fileName}": it names several architectures (${archTokens.join(', ')}); ${fix}.`);
    const os = osTokens[0] ?? impliedOs;
    if (osTokens[0] && impliedOs && osTokens[0] !== impliedOs) {
        throw new PlatformError(`Cannot tell the platform of "${fileName}": the name says ${osTokens[0]} but the file type is a ${impliedOs} format; ${fix}.`);
    }
    const arch = archTokens[0];
    if (!os || !arch) {
        const missing = [!os ? 'operating system (linux, darwin/macos, windows…)' : '', !arch ? 'architecture (amd64/x86_64, arm64/aarch64…)' : '']
            .filter(Boolean)
            .join(' and ');
        throw new PlatformError(`Cannot tell the platform of "${fileName}": no ${missing} in the name; ${fix}.`);
    }
    return bundle ? { os, arch, bundle } : { os, arch };
}
/** The Tauri fallback chain for a key: `linux-x86_64-deb` → [`linux-x86_64-deb`, `linux-x86_64`]. */
function platformLookupOrder(key) {
    const p = platform_parsePlatformKey(key);
    return p.bundle ? [key, `${p.os}-${p.arch}`] : [key];
}
/** Tauri's updater accepts a narrower set (formats.md §3). */
const TAURI_OSES = ['linux', 'darwin', 'windows'];
const TAURI_ARCHES = ['x86_64', 'aarch64', 'i686', 'armv7'];
const TAURI_BUNDLES = ['appimage', 'deb', 'rpm', 'app', 'msi', 'nsis'];
function isTauriPlatform(key) {
    const p = platform_parsePlatformKey(key);
    return TAURI_OSES.includes(p.os) && TAURI_ARCHES.includes(p.arch) && (p.bundle === undefined || TAURI_BUNDLES.includes(p.bundle));
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/packages/core/manifest.ts
/**
 * The signed package manifest `relforge.packages/v1`, its trusted comment, matrix fragments and
 * Tauri's static `latest.json`. Pure: text in, values out (no files, no network, no keys).
 *
 * Canonical serialization (so a re-run over the same inputs produces the same bytes): object keys sorted
 * by code point at every level, packages sorted by platform key, two-space indentation, `\n` line ends,
 * one trailing newline, UTF-8. The bytes that are signed are exactly the bytes served.
 */




const MANIFEST_SCHEMA = 'relforge.packages/v1';
const FRAGMENT_SCHEMA = 'relforge.packages-fragment/v1';
const MANIFEST_FILE = 'manifest.json';
const SIG_SUFFIX = '.minisig';
/** The manifest and its signature in one file (one download: never a manifest beside another manifest's signature). */
const SIGNED_MANIFEST_FILE = 'manifest.signed.json';
const SIGNED_MANIFEST_SCHEMA = 'relforge.signed-manifest/v1';
/** A package manifest, fragment, signed manifest or URL template that is not valid (every problem listed). */
class PackagesManifestError extends errors/* FormatError */.IF {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
    }
}
// ---------- field rules ----------
/** Product names go into URLs and Gitea package names (`\A[-_+.\w]+\z`). */
const PRODUCT_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const CHANNEL_RE = /^[a-z][a-z0-9-]{0,31}$/;
/** Package file names: one path component, safe in URLs, Gitea generic file names and release assets. */
const FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._+~=@-]{0,254}$/;
const SHA256_RE = /^[0-9a-f]{64}$/;
const KEYID_RE = /^[0-9A-F]{16}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})?$/;
const RFC3339_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** The channel a version belongs to by default: its first prerelease identifier, else `stable`. */
function defaultChannel(version) {
    const pre = (0,semver.prerelease)(version);
    if (!pre || pre.length === 0)
        return 'stable';
    const first = String(pre[0]).toLowerCase();
    return CHANNEL_RE.test(first) ? first : 'prerelease';
}
/**
 * Why a channel does not fit a version, or undefined: `stable` carries stable versions only (an agent on the
 * stable channel must never be offered a prerelease). Continues after the channel's name.
 */
function channelVersionProblem(version, channel) {
    const pre = (0,semver.prerelease)(version);
    if (channel === 'stable' && pre && pre.length > 0) {
        return `is "stable" but version ${version} is a prerelease: stable agents would be offered it. Leave the channel empty (it becomes "${defaultChannel(version)}") or publish a stable version.`;
    }
    return undefined;
}
/** A version as the manifest stores it: SemVer 2.0.0 without a leading `v`. */
function normalizeVersion(raw) {
    const t = raw.trim().replace(/^v(?=\d)/, '');
    return /^\d/.test(t) && (0,semver.parse)(t) !== null ? t : undefined;
}
/** http(s) URL check without I/O: https anywhere, http only to loopback hosts. */
function urlProblem(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return `"${url}" is not a valid URL`;
    }
    if (isSecureUrl(u))
        return undefined;
    return `"${url}" must use https:// (http only for loopback addresses)`;
}
/** Structural check of a `.minisig` text (not a cryptographic verification). */
function minisigShapeProblem(text) {
    const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    if (lines.length !== 4)
        return `has ${lines.length} lines, a minisign signature has 4`;
    if (!lines[0].startsWith('untrusted comment:'))
        return 'line 1 is not an "untrusted comment:" line';
    if (!/^[A-Za-z0-9+/]{98}[A-Za-z0-9+/=]{2}$/.test(lines[1]))
        return 'line 2 is not a 74-byte base64 signature';
    if (!lines[2].startsWith('trusted comment: '))
        return 'line 3 is not a "trusted comment:" line (signify signatures are not accepted)';
    if (!/^[A-Za-z0-9+/]{86}==$/.test(lines[3]))
        return 'line 4 is not a 64-byte base64 global signature';
    return undefined;
}
/** `.minisig` text with LF line ends and exactly one trailing newline. */
function normalizeMinisig(text) {
    return text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
}
// ---------- trusted comment ----------
/** Parses `key:value` pairs separated by tabs (minisign's own `timestamp:…\tfile:…` convention). */
function parseTrustedComment(comment) {
    const out = {};
    for (const part of comment.split('\t')) {
        const i = part.indexOf(':');
        if (i > 0)
            out[part.slice(0, i)] = part.slice(i + 1);
    }
    return out;
}
/** The trusted comment of `manifest.json.minisig`: binds product, version and channel to the signature. */
function manifestTrustedComment(m, file = MANIFEST_FILE) {
    const ts = Math.floor(Date.parse(m.created) / 1000);
    const exp = m.expires ? `\texpires:${Math.floor(Date.parse(m.expires) / 1000)}` : '';
    return `timestamp:${ts}\tfile:${file}\tproduct:${m.product}\tversion:${m.version}\tchannel:${m.channel}${exp}`;
}
/** Problems when a manifest's trusted comment does not bind it (missing or different product/version/channel). */
function trustedCommentProblems(comment, m) {
    const tc = parseTrustedComment(comment);
    const problems = [];
    for (const field of ['product', 'version', 'channel']) {
        if (tc[field] === undefined)
            problems.push(`the signature's trusted comment has no ${field} (it must bind product, version and channel)`);
        else if (tc[field] !== m[field])
            problems.push(`the signature's trusted comment says ${field} "${tc[field]}" but the manifest says "${m[field]}"`);
    }
    return problems;
}
// ---------- canonical JSON ----------
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort()) {
            const x = v[k];
            if (x !== undefined)
                out[k] = sortKeys(x);
        }
        return out;
    }
    return v;
}
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
/** Serializes a manifest canonically (validating it first: an invalid manifest is never written). */
function serializeManifest(m) {
    const problems = manifestProblems(m);
    if (problems.length)
        throw new PackagesManifestError(problems);
    const packages = [...m.packages]
        .sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0))
        .map((p) => ({ ...p, signatures: { ...p.signatures, minisign: normalizeMinisig(p.signatures.minisign) } }));
    return canonicalJson({ ...m, packages });
}
// ---------- validation ----------
function entryProblems(p, where) {
    const problems = [];
    if (typeof p !== 'object' || p === null)
        return [`${where} is not an object`];
    if (typeof p.platform !== 'string' || !isPlatformKey(p.platform))
        problems.push(`${where}.platform "${String(p.platform)}" is not a platform key (<os>-<arch>[-<bundle>])`);
    if (typeof p.file !== 'string' || !FILE_RE.test(p.file))
        problems.push(`${where}.file "${String(p.file)}" is not a safe file name`);
    if (!Number.isSafeInteger(p.size) || p.size < 0)
        problems.push(`${where}.size must be a non-negative integer`);
    if (typeof p.sha256 !== 'string' || !SHA256_RE.test(p.sha256))
        problems.push(`${where}.sha256 must be 64 lower-case hex digits`);
    if (typeof p.url !== 'string')
        problems.push(`${where}.url is missing`);
    else {
        const u = urlProblem(p.url);
        if (u)
            problems.push(`${where}.url ${u}`);
    }
    const sig = p.signatures?.minisign;
    if (typeof sig !== 'string')
        problems.push(`${where}.signatures.minisign is missing (every package must be signed)`);
    else {
        const s = minisigShapeProblem(sig);
        if (s)
            problems.push(`${where}.signatures.minisign ${s}`);
    }
    const ac = p.signatures?.authenticode;
    if (ac !== undefined && (typeof ac !== 'object' || ac === null || typeof ac.subject !== 'string' || ac.subject === '')) {
        problems.push(`${where}.signatures.authenticode must be {"subject": "<signer subject>"}`);
    }
    return problems;
}
function manifestProblems(m) {
    const problems = [];
    if (typeof m !== 'object' || m === null || Array.isArray(m))
        return ['the manifest is not a JSON object'];
    if (m.schema !== MANIFEST_SCHEMA)
        problems.push(`schema is "${String(m.schema)}", expected "${MANIFEST_SCHEMA}"`);
    if (typeof m.product !== 'string' || !PRODUCT_RE.test(m.product))
        problems.push(`product "${String(m.product)}" must match ${PRODUCT_RE}`);
    if (typeof m.version !== 'string' || normalizeVersion(m.version) !== m.version)
        problems.push(`version "${String(m.version)}" is not a SemVer 2.0.0 version (without a leading v)`);
    if (typeof m.channel !== 'string' || !CHANNEL_RE.test(m.channel))
        problems.push(`channel "${String(m.channel)}" must match ${CHANNEL_RE}`);
    if (typeof m.commit !== 'string' || !COMMIT_RE.test(m.commit))
        problems.push(`commit "${String(m.commit)}" must be a full lower-case git SHA (or empty)`);
    if (typeof m.created !== 'string' || !RFC3339_RE.test(m.created) || Number.isNaN(Date.parse(m.created)))
        problems.push(`created "${String(m.created)}" must be an RFC 3339 UTC timestamp`);
    if (m.expires !== undefined) {
        if (typeof m.expires !== 'string' || !RFC3339_RE.test(m.expires) || Number.isNaN(Date.parse(m.expires)))
            problems.push(`expires "${String(m.expires)}" must be an RFC 3339 UTC timestamp`);
        else if (typeof m.created === 'string' && Date.parse(m.expires) <= Date.parse(m.created))
            problems.push(`expires ${m.expires} must be after created ${m.created}`);
    }
    if (typeof m.keyId !== 'string' || !KEYID_RE.test(m.keyId))
        problems.push(`keyId "${String(m.keyId)}" must be 16 upper-case hex digits (the minisign key id)`);
    if (!Array.isArray(m.packages) || m.packages.length === 0) {
        problems.push('packages must be a non-empty array');
        return problems;
    }
    const platforms = new Map();
    const urls = new Map();
    m.packages.forEach((p, i) => {
        const where = `packages[${i}]${p && typeof p.platform === 'string' ? ` (${p.platform})` : ''}`;
        problems.push(...entryProblems(p, where));
        if (p && typeof p.platform === 'string') {
            if (platforms.has(p.platform))
                problems.push(`platform ${p.platform} appears twice (packages[${platforms.get(p.platform)}] and packages[${i}])`);
            else
                platforms.set(p.platform, i);
        }
        if (p && typeof p.url === 'string') {
            if (urls.has(p.url))
                problems.push(`${p.platform} and ${urls.get(p.url)} have the same url ${p.url}`);
            else
                urls.set(p.url, p.platform);
        }
    });
    return problems;
}
/** Parses and validates manifest text; throws PackagesManifestError listing every problem. */
function parseManifest(text) {
    let m;
    try {
        m = JSON.parse(text);
    }
    catch (err) {
        throw new PackagesManifestError([`the manifest is not valid JSON: ${err.message}`]);
    }
    const problems = manifestProblems(m);
    if (problems.length)
        throw new PackagesManifestError(problems);
    return m;
}
/** Finds the entry for a platform, trying `<os>-<arch>-<bundle>` then `<os>-<arch>` (Tauri's order). */
function findPackage(m, platform) {
    const p = parsePlatformKey(platform);
    const keys = p.bundle ? [platform, `${p.os}-${p.arch}`] : [platform];
    for (const k of keys) {
        const hit = m.packages.find((e) => e.platform === k);
        if (hit)
            return hit;
    }
    return undefined;
}
function fragmentProblems(f, name) {
    const problems = [];
    if (typeof f !== 'object' || f === null)
        return [`${name} is not a JSON object`];
    if (f.schema !== FRAGMENT_SCHEMA)
        problems.push(`${name}: schema is "${String(f.schema)}", expected "${FRAGMENT_SCHEMA}" (was it written by upload-packages with stage: true?)`);
    if (!Array.isArray(f.packages) || f.packages.length === 0)
        problems.push(`${name}: packages must be a non-empty array`);
    else
        f.packages.forEach((p, i) => {
            if (typeof p.path !== 'string' || p.path === '' || p.path.startsWith('/') || p.path.split('/').some((s) => s === '..' || s === '' || s === '.')) {
                problems.push(`${name}: packages[${i}].path "${String(p.path)}" must be a relative path inside the fragment's directory`);
            }
            problems.push(...entryProblems({ ...p, url: 'https://placeholder.invalid/' }, `${name}: packages[${i}]`));
        });
    return problems;
}
function parseFragment(text, name) {
    let f;
    try {
        f = JSON.parse(text);
    }
    catch (err) {
        throw new PackagesManifestError([`${name} is not valid JSON: ${err.message}`]);
    }
    const problems = fragmentProblems(f, name);
    if (problems.length)
        throw new PackagesManifestError(problems);
    return f;
}
function serializeFragment(f) {
    const problems = fragmentProblems(f, 'fragment');
    if (problems.length)
        throw new PackagesManifestError(problems);
    return canonicalJson({ ...f, packages: [...f.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1)) });
}
/** The conventional fragment file name for a set of platforms. */
function fragmentFileName(platforms) {
    return `fragment-${[...platforms].sort().join('+')}.json`;
}
/**
 * Merges matrix fragments into one set. Refuses (PackagesManifestError listing every problem) fragments that
 * disagree on product, version, channel, commit or key, and any platform or file name that appears in
 * more than one place, identical or not: each platform must come from exactly one build job.
 */
function mergeFragmentSet(fragments) {
    if (fragments.length === 0)
        throw new PackagesManifestError(['no fragments to merge: check the fragments input and that the artifacts were downloaded']);
    const problems = [];
    const first = fragments[0];
    for (const field of ['product', 'version', 'channel', 'commit', 'keyId']) {
        const values = new Map();
        for (const { name, fragment } of fragments) {
            const v = fragment[field];
            values.set(v, [...(values.get(v) ?? []), name]);
        }
        if (values.size > 1) {
            problems.push(`fragments disagree on ${field}: ${[...values].map(([v, names]) => `"${v}" in ${names.join(', ')}`).join('; ')} — every build job must stage the same ${field}`);
        }
    }
    const byPlatform = new Map();
    const packages = [];
    for (const { name, fragment } of fragments) {
        for (const p of fragment.packages) {
            const prev = byPlatform.get(p.platform);
            if (prev) {
                const same = prev.sha256 === p.sha256 && prev.size === p.size;
                problems.push(`platform ${p.platform} is in ${prev.fragment} and in ${name}${same ? ' (identical bytes)' : ` with different content (sha256 ${prev.sha256.slice(0, 12)}… vs ${p.sha256.slice(0, 12)}…)`}: each platform must come from exactly one build job`);
                continue;
            }
            const merged = { ...p, fragment: name };
            byPlatform.set(p.platform, merged);
            packages.push(merged);
        }
    }
    if (problems.length)
        throw new PackagesManifestError(problems);
    const f = first.fragment;
    return { product: f.product, version: f.version, channel: f.channel, commit: f.commit, keyId: f.keyId, packages };
}
/**
 * Tauri's static `latest.json` (formats.md §3) from a manifest: same platform keys, `signature` = base64
 * of the whole `.minisig` text. Throws when a platform is outside Tauri's os/arch/bundle set, since Tauri
 * validates every entry before it looks at the version.
 */
function toTauriLatest(m, opts = {}) {
    const bad = m.packages.filter((p) => !isTauriPlatform(p.platform)).map((p) => p.platform);
    if (bad.length) {
        throw new PackagesManifestError([
            `platform(s) ${bad.join(', ')} are not valid in Tauri's latest.json (os linux|darwin|windows; arch x86_64|aarch64|i686|armv7; bundle appimage|deb|rpm|app|msi|nsis): set tauri to false or drop them`,
        ]);
    }
    const platforms = {};
    for (const p of [...m.packages].sort((a, b) => (a.platform < b.platform ? -1 : 1))) {
        platforms[p.platform] = { signature: Buffer.from(normalizeMinisig(p.signatures.minisign), 'utf8').toString('base64'), url: p.url };
    }
    const out = { version: m.version, pub_date: m.created, platforms };
    if (opts.notes)
        out.notes = opts.notes;
    return out;
}
function serializeTauriLatest(t) {
    return `${JSON.stringify({ version: t.version, notes: t.notes, pub_date: t.pub_date, platforms: t.platforms }, null, 2)}\n`;
}
// ---------- URL templates ----------
const URL_PLACEHOLDERS = ['product', 'version', 'channel', 'platform', 'os', 'arch', 'file'];
/**
 * Expands `{product}`, `{version}`, `{channel}`, `{platform}`, `{os}`, `{arch}` and `{file}` in a URL
 * template (values percent-encoded). Unknown placeholders are an error.
 */
function expandUrlTemplate(template, values) {
    return template.replace(/\{([a-z]+)\}/g, (whole, name) => {
        if (!URL_PLACEHOLDERS.includes(name)) {
            throw new PackagesManifestError([`unknown placeholder ${whole} in URL template "${template}": use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`]);
        }
        const v = values[name];
        if (v === undefined)
            throw new PackagesManifestError([`placeholder ${whole} in URL template "${template}" has no value here`]);
        return encodeURIComponent(v);
    });
}
/**
 * Problems with a download/upload URL template, by field (`field` is the option that gave it): it must
 * contain `{version}` (version-specific URLs: no cache may ever serve an old build as
 * the new one) and `{file}`, and use known placeholders only. (Scheme, host and userinfo are the platform's URL
 * policy: src/platform/url.ts.)
 */
function urlTemplateProblems(template, field) {
    const problems = [];
    for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        if (!URL_PLACEHOLDERS.includes(m[1]))
            problems.push({ field, message: `has an unknown placeholder {${m[1]}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` });
    }
    if (!template.includes('{version}'))
        problems.push({ field, message: 'must contain {version} so every version has its own URLs (no cache can serve an old build as new)' });
    if (!template.includes('{file}'))
        problems.push({ field, message: 'must contain {file}' });
    return problems;
}
/**
 * `manifest.signed.json`: `{"manifest": "<manifest.json text>", "minisign": "<its .minisig text>", "schema": …}`.
 * Replacing one file is atomic, so a client that downloads it always holds a manifest with its own signature.
 * Any minisign tool can still check it: `jq -j .manifest` and `jq -j .minisign` give the two files back.
 */
function serializeSignedManifest(s) {
    return canonicalJson({ schema: SIGNED_MANIFEST_SCHEMA, manifest: s.manifest, minisign: normalizeMinisig(s.minisign) });
}
/** The manifest and signature inside a signed manifest, or undefined when `text` is not one (e.g. a plain manifest.json). */
function parseSignedManifest(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!v || typeof v !== 'object' || v.schema !== SIGNED_MANIFEST_SCHEMA)
        return undefined;
    if (typeof v.manifest !== 'string' || typeof v.minisign !== 'string') {
        throw new PackagesManifestError([`a ${SIGNED_MANIFEST_SCHEMA} document needs the string fields "manifest" and "minisign"`]);
    }
    return { manifest: v.manifest, minisign: v.minisign };
}

;// CONCATENATED MODULE: ./src/signing/minisign/verify.ts
/**
 * minisign verification of files and buffers, in bounded memory for every algorithm: prehashed `ED` streams
 * BLAKE2b-512; legacy `Ed` and `format: raw` stream SHA-512(R ‖ A ‖ file) and finish the Ed25519 check with
 * ./core/ed25519.ts (Node's crypto would need the whole file in memory: a 2 GiB package peaked at 2.1 GB).
 */




function asPublicKey(publicKey) {
    return typeof publicKey === 'string' ? format_parsePublicKey(publicKey) : publicKey;
}
/** One streamed hash of the file (after `prefix`), as bytes; an unreadable file is a RelforgeError. */
async function fileHash(path, algo, prefix) {
    try {
        return Buffer.from((await fs_hashFile(path, [algo], { prefix }))[algo], 'hex');
    }
    catch (err) {
        throw new errors/* RelforgeError */.fY(`Could not read ${path}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
const streamHram = (path, r, publicKey) => fileHash(path, 'sha512', Buffer.concat([r, publicKey]));
/**
 * The message of a legacy `Ed` signature, streamed: pass it as `data` to verifySignature instead of the
 * file's bytes (`const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pub) : undefined`).
 * Memory stays at one 1 MiB read buffer whatever the file size.
 */
async function legacyMessage(path, sig, publicKey) {
    const r = Buffer.from(sig.signature.subarray(0, 32));
    return { kind: 'ed25519-hram', r, publicKey: publicKey.publicKey, hram: await streamHram(path, r, publicKey.publicKey) };
}
/**
 * Verifies `path` against minisign signature text and a public key (`.pub` text, its `RW…` line, or parsed).
 * Order: parse → key id → file signature → trusted comment → `expectVersion` (rollback binding).
 * Throws MinisignVerificationError (a RelforgeError) naming the failed check.
 */
async function minisign_verify_verifyFile(path, sigText, publicKey, opts = {}) {
    const sig = parseSignature(sigText);
    const pub = asPublicKey(publicKey);
    if (!sig.keyId.equals(pub.keyId) || (opts.requirePrehashed && sig.algorithm !== 'ED'))
        return verifySignature(sig, pub, {}, opts);
    if (sig.algorithm === 'Ed')
        return verifySignature(sig, pub, { data: await legacyMessage(path, sig, pub) }, opts);
    return verifySignature(sig, pub, { digest: await fileHash(path, 'blake2b512') }, opts);
}
function verify_verifyBuffer(data, sigText, publicKey, opts = {}) {
    return format_verifySignature(format_parseSignature(sigText), asPublicKey(publicKey), { data }, opts);
}
/** `format: raw`: base64 of a 64-byte Ed25519 signature over the file bytes, verified streamed. */
async function verify_verifyRawFile(path, signatureBase64, publicKey) {
    const pk = Buffer.isBuffer(publicKey) ? publicKey : asPublicKey(publicKey).publicKey;
    const sig = decodeBase64Strict(signatureBase64, 'The raw signature', 64);
    const hram = await streamHram(path, sig.subarray(0, 32), pk);
    if (!verifyEd25519Hram(pk, sig, hram))
        throw new RelforgeError(`Raw Ed25519 signature verification failed for ${path}: the file or signature was altered, or another key signed it.`);
}

;// CONCATENATED MODULE: ./src/packages/package-signature.ts
/**
 * A package's minisign signature checked over the file on disk — the one place both upload-packages and
 * verify-package do it. Prehashed (`ED`) signatures use the BLAKE2b-512 taken in the caller's streamed read;
 * legacy `Ed` signatures are checked over a streamed hash of the file (src/signing/minisign/verify.ts), so memory
 * does not grow with the package's size (issue 13 case 9).
 */


async function verifyPackageSignature(sig, pin, path, blake2b512Hex) {
    const data = sig.algorithm === 'Ed' ? await legacyMessage(path, sig, pin) : undefined;
    return format_verifySignature(sig, pin, { digest: Buffer.from(blake2b512Hex, 'hex'), data });
}

;// CONCATENATED MODULE: ./src/packages/sources.ts
/**
 * The packages of a set before anything is published: the `packages` input (globs or a `platform: file` map)
 * and the verification of every local package against the pinned key (one streamed read each).
 */










/**
 * The `packages` input: either newline-separated glob patterns (platform inferred from each name; files
 * ending in `.minisig` are ignored) or a YAML map `platform: path` (keys may use aliases such as
 * `linux-amd64`; a value may be `{file, authenticode-subject}`). `field` names the option in messages.
 */
async function resolvePackagesInput(text, cwd, field = 'packages') {
    const trimmed = text.trim();
    if (!trimmed)
        throw (0,errors/* fieldError */.$i)(field, 'is empty: give glob patterns (one per line) or a YAML map "platform: file".');
    const map = yamlMap(trimmed, field);
    if (map)
        return resolveMap(map, cwd, field);
    const patterns = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const files = (await fs_expandFiles(patterns, { cwd, inputName: field })).filter((f) => !f.endsWith(SIG_SUFFIX));
    if (files.length === 0)
        throw (0,errors/* fieldError */.$i)(field, 'matched only .minisig files; list the packages themselves.');
    return files.map((path) => ({ path, origin: field }));
}
function yamlMap(text, field) {
    if (!/^[^\s#][^\n]*:\s/m.test(text) && !/^[^\s#][^\n]*:\s*$/m.test(text))
        return undefined;
    try {
        const y = (0,dist/* parse */.qg)(text);
        return y && typeof y === 'object' && !Array.isArray(y) ? y : undefined;
    }
    catch (err) {
        throw (0,errors/* fieldError */.$i)(field, `looks like a YAML map but does not parse: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}
async function resolveMap(map, cwd, field) {
    const out = [];
    const problems = new errors/* Problems */.Zw();
    const seen = new Map();
    for (const [rawKey, value] of Object.entries(map)) {
        let platform;
        try {
            platform = normalizePlatformKey(rawKey);
        }
        catch (err) {
            problems.add(field, `has a bad platform key: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        if (seen.has(platform))
            problems.add(field, `maps both "${seen.get(platform)}" and "${rawKey}" to ${platform}: one file per platform.`);
        seen.set(platform, rawKey);
        const spec = typeof value === 'string' ? { file: value } : value;
        if (!spec || typeof spec.file !== 'string' || !spec.file.trim()) {
            problems.add(field, `needs a file path for ${rawKey} (or {file: path, authenticode-subject: subject}).`);
            continue;
        }
        let files = [];
        try {
            files = (await fs_expandFiles([spec.file], { cwd })).filter((f) => !f.endsWith(SIG_SUFFIX));
        }
        catch (err) {
            problems.add(field, `has no file for ${rawKey}: ${(0,errors/* errorMessage */.gJ)(err).replace(/^The file list:? ?/, '')}`);
        }
        if (files.length > 1)
            problems.add(field, `matches ${files.length} files for ${rawKey} (${files.map((f) => (0,external_node_path_.basename)(f)).join(', ')}); one file per platform.`);
        if (files.length === 1) {
            const subject = spec['authenticode-subject'];
            out.push({ platform, path: files[0], authenticodeSubject: typeof subject === 'string' && subject ? subject : undefined, origin: `${field}.${rawKey}` });
        }
    }
    problems.throwIfAny();
    return out;
}
const AUTHENTICODE_FILE = /\.(exe|msi|dll|sys)$/i;
/**
 * Verifies every package against the pinned key with one streamed read each (sha256 + BLAKE2b-512, the
 * prehash of `ED` signatures). Collects every problem, then throws them together.
 */
async function verifyLocalPackages(sources, opts) {
    const problems = new errors/* Problems */.Zw();
    const out = [];
    const byPlatform = new Map();
    for (const src of sources) {
        const file = (0,external_node_path_.basename)(src.path);
        let platform;
        try {
            platform = src.platform ? normalizePlatformKey(src.platform) : platform_formatPlatform(platform_inferPlatform(file));
        }
        catch (err) {
            problems.add((0,errors/* errorMessage */.gJ)(err));
            continue;
        }
        if (byPlatform.has(platform)) {
            problems.add(`Two files for platform ${platform}: ${byPlatform.get(platform)} and ${src.path}. Keep one, or name the platforms explicitly (e.g. with a -<bundle> suffix).`);
            continue;
        }
        byPlatform.set(platform, src.path);
        try {
            const verified = await verifyOne(src, file, platform, opts);
            if (typeof verified === 'string')
                problems.add(verified);
            else
                out.push(verified);
        }
        catch (err) {
            problems.add(`Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const present = new Set(out.map((p) => p.platform));
    for (const raw of opts.requirePlatforms ?? []) {
        let key;
        try {
            key = normalizePlatformKey(raw);
        }
        catch (err) {
            problems.add('require-platforms', `has a bad platform key: ${(0,errors/* errorMessage */.gJ)(err)}`);
            continue;
        }
        if (!present.has(key) && !byPlatform.has(key))
            problems.add(`Required platform ${key} is missing: no package was given for it (found: ${[...byPlatform.keys()].sort().join(', ') || 'none'}).`);
    }
    problems.throwIfAny();
    return out.sort((a, b) => (a.platform < b.platform ? -1 : 1));
}
/** One package: signature by the pinned key, signed version/platform/product, Authenticode. A string is the refusal. */
async function verifyOne(src, file, platform, opts) {
    if (!FILE_RE.test(file))
        return `Package file name "${file}" (${platform}) is not safe for URLs and registries: use letters, digits and . _ - + ~ = @ only, starting with a letter or digit.`;
    const sigPath = src.signaturePath ?? `${src.path}${SIG_SUFFIX}`;
    let sigText;
    try {
        sigText = normalizeMinisig(await (0,promises_namespaceObject.readFile)(sigPath, 'utf8'));
    }
    catch {
        return `Package ${file} (${platform}) is unsigned: ${sigPath} does not exist. Sign it first (relforge sign-ed25519 / minisign -S) with the key whose public key is pinned.`;
    }
    const sig = format_parseSignature(sigText);
    if (!sig.keyId.equals(opts.publicKey.keyId)) {
        return `Package ${file} (${platform}) is signed by key ${sig.keyIdHex}, not by the pinned key ${opts.publicKey.keyIdHex}: re-sign it with the release key or fix the public-key input.`;
    }
    const digests = await fs_hashFile(src.path, ['sha256', 'blake2b512']);
    if (src.expectedSha256 && src.expectedSha256 !== digests.sha256) {
        return `Package ${file} (${platform}) changed since it was staged: ${src.origin ?? 'the fragment'} says sha256 ${src.expectedSha256}, the file has ${digests.sha256}.`;
    }
    const result = await verifyPackageSignature(sig, opts.publicKey, src.path, digests.blake2b512);
    const refusal = trustedCommentRefusal(result.trustedComment, file, platform, opts);
    if (refusal)
        return refusal;
    let authenticodeSubject;
    if (opts.authenticode && platform_parsePlatformKey(platform).os === 'windows' && AUTHENTICODE_FILE.test(file)) {
        const { requireTimestamp, ...pins } = opts.authenticode;
        try {
            const ac = await verifyAuthenticodeFile(src.path, src.authenticodeSubject ? { ...pins, subject: src.authenticodeSubject } : pins, { requireTimestamp });
            authenticodeSubject = ac.signerSubject;
            opts.log?.(`Authenticode ${file}: ${ac.signerSubject}`);
        }
        catch (err) {
            return `Package ${file} (${platform}): ${(0,errors/* errorMessage */.gJ)(err)}`;
        }
    }
    else if (src.authenticodeSubject) {
        return `Package ${file} (${platform}) declares Authenticode subject "${src.authenticodeSubject}" but ${opts.authenticode ? 'it is not a Windows .exe/.msi/.dll/.sys' : 'no authenticode-root is set to verify it'}: the manifest records only verified signers.`;
    }
    opts.log?.(`verified ${file} → ${platform} (${digests.size} bytes, sha256 ${digests.sha256.slice(0, 16)}…, key ${result.keyIdHex})`);
    return { platform, file, path: src.path, size: digests.size, sha256: digests.sha256, signature: sigText, authenticodeSubject };
}
/** A signed version, platform or product in the package's trusted comment must be the one being published. */
function trustedCommentRefusal(comment, file, platform, opts) {
    const signedVersion = trustedCommentField(comment, 'version');
    if (signedVersion !== undefined && normalizeVersion(signedVersion) !== opts.version) {
        return `Package ${file} (${platform}) is signed for version "${signedVersion}", not ${opts.version}: refusing a validly signed file of another version (rollback protection). Rebuild and re-sign it for ${opts.version}.`;
    }
    const signedPlatform = trustedCommentField(comment, 'platform');
    if (signedPlatform !== undefined && signedPlatform !== '') {
        let norm = signedPlatform;
        try {
            norm = normalizePlatformKey(signedPlatform);
        }
        catch {
            /* compared verbatim */
        }
        if (norm !== platform)
            return `Package ${file} is signed for platform "${signedPlatform}" but is being published as ${platform}: fix the platform mapping.`;
    }
    const signedProduct = trustedCommentField(comment, 'product');
    if (signedProduct !== undefined && signedProduct !== opts.product)
        return `Package ${file} (${platform}) is signed for product "${signedProduct}", not ${opts.product}.`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/packages/common.ts
/**
 * What stage and upload share: the settings every package set has (product, version, channel, commit, pinned
 * key), checked by field, and the reproducible `created` time of a manifest.
 */



/** Checks the common settings; every problem by field, thrown together. */
function resolveCommon(s, problems = new errors/* Problems */.Zw()) {
    if (!PRODUCT_RE.test(s.product ?? ''))
        problems.add('product', `must be a package name (letters, digits, . _ + -; starting with a letter or digit), got "${s.product ?? ''}".`);
    const version = normalizeVersion(s.version ?? '');
    if (!version)
        problems.add('version', `must be a SemVer version such as 1.4.0 or 1.4.0-beta.2 (a leading v is fine), got "${s.version ?? ''}".`);
    const channel = (s.channel ?? '').trim() || (version ? defaultChannel(version) : 'stable');
    if (!CHANNEL_RE.test(channel))
        problems.add('channel', `must be lower-case letters, digits and -, starting with a letter (e.g. stable, beta), got "${channel}".`);
    else if (version) {
        const p = channelVersionProblem(version, channel);
        if (p)
            problems.add('channel', p);
    }
    const commit = (s.commit ?? '').trim().toLowerCase();
    if (commit && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit))
        problems.add('commit', `must be a full git SHA, got "${s.commit}".`);
    let pin;
    if (!s.publicKey?.trim())
        problems.add('public-key', 'is required: every package signature and the manifest key are checked against this pinned minisign public key.');
    else {
        try {
            pin = format_parsePublicKey(s.publicKey.trim());
        }
        catch (err) {
            problems.add('public-key', `is not a minisign public key: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    problems.throwIfAny();
    return { product: s.product, version: version, channel, commit, pin: pin };
}
const RFC3339_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/**
 * The manifest's `created`, never the clock when avoidable, so a re-run over the same inputs writes the same
 * bytes (and the same signature): the explicit value, else SOURCE_DATE_EPOCH, else the commit's committer
 * time (read from the repository at `cwd`), else the clock (with a note: re-runs will differ).
 */
async function manifestCreated(o) {
    if (o.created) {
        if (!RFC3339_SECONDS.test(o.created) || Number.isNaN(Date.parse(o.created)))
            throw (0,errors/* fieldError */.$i)('created', `must be an RFC 3339 UTC timestamp like 2026-01-31T12:00:00Z, got "${o.created}".`);
        return o.created;
    }
    // Loaded only here: the git adapter is not needed when "created" is given.
    const { releaseTime } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7218));
    const t = await releaseTime({ env: o.env, cwd: o.cwd, rev: o.commit || undefined });
    if (t)
        return iso(t.seconds * 1000);
    o.log?.(`note: "created" is the current time (no SOURCE_DATE_EPOCH, and commit ${o.commit || '(none)'} is not in a repository here): a re-run will sign a new manifest. Check out the repository or set SOURCE_DATE_EPOCH for identical re-runs.`);
    return iso(Date.now());
}
const DURATION = /^\s*(\d+)\s*([dhm])\s*$/;
/** Why `duration` is not a valid `expires-in` (continues after the option's name), or undefined. */
function expiresInProblem(duration) {
    const m = DURATION.exec(duration);
    return !m || Number(m[1]) === 0 ? `must be a positive duration like 90d, 12h or 30m, got "${duration}".` : undefined;
}
/** `created` + a duration such as `90d`, `12h`, `30m` (input `expires-in`). */
function expiryFrom(created, duration) {
    const problem = expiresInProblem(duration);
    if (problem)
        throw (0,errors/* fieldError */.$i)('expires-in', problem);
    const m = DURATION.exec(duration);
    const ms = Number(m[1]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[m[2]];
    return iso(Date.parse(created) + ms);
}

;// CONCATENATED MODULE: ./src/packages/stage.ts
/**
 * Matrix builds: each build job stages its verified packages as a fragment (`stage: true`); the final job
 * merges every fragment (`fragments`) and publishes once — no read-modify-write of a shared manifest.
 */








async function linkOrCopy(from, to) {
    await (0,promises_namespaceObject.rm)(to, { force: true });
    try {
        await (0,promises_namespaceObject.link)(from, to);
    }
    catch {
        await (0,promises_namespaceObject.copyFile)(from, to);
    }
}
/**
 * `stage: true`: verifies this job's packages and writes a fragment into `outDir`:
 * `<outDir>/<platform>/<file>` (+ `.minisig`) and `<outDir>/fragment-<platforms>.json`. Upload `outDir`
 * as an artifact; the final job merges every fragment with `mergeFragments` / the `fragments` input.
 */
async function stagePackages(s) {
    const r = resolveCommon(s);
    const verified = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log: s.log });
    const dir = (0,external_node_path_.resolve)(s.outDir);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const fragment = { schema: FRAGMENT_SCHEMA, product: r.product, version: r.version, channel: r.channel, commit: r.commit, keyId: r.pin.keyIdHex, packages: [] };
    for (const p of verified) {
        const sub = (0,external_node_path_.join)(dir, p.platform);
        await (0,promises_namespaceObject.mkdir)(sub, { recursive: true });
        const dest = (0,external_node_path_.join)(sub, p.file);
        if ((0,external_node_path_.resolve)(p.path) !== dest)
            await linkOrCopy(p.path, dest);
        await (0,promises_namespaceObject.writeFile)(`${dest}${SIG_SUFFIX}`, p.signature);
        fragment.packages.push({
            platform: p.platform,
            file: p.file,
            path: `${p.platform}/${p.file}`,
            size: p.size,
            sha256: p.sha256,
            signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
        });
    }
    const fragmentPath = (0,external_node_path_.join)(dir, fragmentFileName(verified.map((p) => p.platform)));
    let text;
    try {
        text = serializeFragment(fragment);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    await (0,promises_namespaceObject.writeFile)(fragmentPath, text);
    s.log?.(`staged ${verified.length} package(s) in ${dir}; fragment ${(0,external_node_path_.basename)(fragmentPath)}`);
    return { fragmentPath, dir, packages: verified };
}
/**
 * Reads fragment files (absolute paths or globs relative to `cwd`), refuses conflicts (mergeFragmentSet),
 * and returns the packages as sources for uploadPackages (their hashes are re-checked against the files).
 * `inputName` is the option that named the fragments (for messages).
 */
async function mergeFragments(patterns, opts = {}) {
    const cwd = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd());
    const field = opts.inputName ?? 'fragments';
    const files = (await fs_expandFiles(patterns, { cwd, inputName: field })).filter((f) => f.endsWith('.json'));
    if (files.length === 0)
        throw (0,errors/* fieldError */.$i)(field, 'matched no fragment .json files; download the staged artifacts first.');
    const list = [];
    let merged;
    try {
        for (const f of files) {
            const name = (0,external_node_path_.relative)(cwd, f) || (0,external_node_path_.basename)(f);
            list.push({ name, fragment: parseFragment(await (0,promises_namespaceObject.readFile)(f, 'utf8'), name), dir: (0,external_node_path_.dirname)(f) });
        }
        merged = mergeFragmentSet(list);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    const expected = [];
    if (opts.product !== undefined && opts.product !== merged.product)
        expected.push(`product "${merged.product}", but this job publishes "${opts.product}"`);
    if (opts.version !== undefined && normalizeVersion(opts.version) !== merged.version)
        expected.push(`version ${merged.version}, but this job publishes ${opts.version}`);
    if (opts.channel && opts.channel !== merged.channel)
        expected.push(`channel ${merged.channel}, but this job publishes ${opts.channel}`);
    if (expected.length)
        throw new errors/* RelforgeError */.fY(`The fragments were staged for ${expected.join('; ')}: stage and merge with the same inputs (or clean out old artifacts).`);
    const dirs = new Map(list.map((l) => [l.name, l.dir]));
    const packages = [];
    for (const p of merged.packages) {
        const path = (0,external_node_path_.join)(dirs.get(p.fragment), ...p.path.split('/'));
        // The signature next to the staged file must be the one the fragment recorded.
        const sig = (0,external_node_fs_.existsSync)(`${path}${SIG_SUFFIX}`) ? normalizeMinisig(await (0,promises_namespaceObject.readFile)(`${path}${SIG_SUFFIX}`, 'utf8')) : undefined;
        if (sig !== undefined && sig !== normalizeMinisig(p.signatures.minisign)) {
            throw new errors/* RelforgeError */.fY(`${p.file}${SIG_SUFFIX} next to ${p.fragment} differs from the signature recorded in the fragment: re-run the build job that staged ${p.platform}.`);
        }
        if (sig === undefined)
            await (0,promises_namespaceObject.writeFile)(`${path}${SIG_SUFFIX}`, normalizeMinisig(p.signatures.minisign));
        packages.push({ platform: p.platform, path, authenticodeSubject: p.signatures.authenticode?.subject, expectedSha256: p.sha256, origin: p.fragment });
    }
    return { product: merged.product, version: merged.version, channel: merged.channel, commit: merged.commit, keyId: merged.keyId, packages };
}

;// CONCATENATED MODULE: ./src/packages/urls.ts
/**
 * URL templates of a package set: checks by field (userinfo and plain http refused by the platform's one URL
 * policy, then the template rules of core/manifest.ts), the set-level template, and expansion.
 */




/** Problems with a URL template input (`upload-url`, `base-url`), by field. */
function templateProblems(template, field) {
    const urlProblem = urlInputProblem(template, { allowTemplate: true });
    if (urlProblem)
        return [{ field, message: urlProblem }];
    return urlTemplateProblems(template, field);
}
/** Removes path segments holding per-platform placeholders: where the manifest and latest.json go. */
function setLevelTemplate(template) {
    const u = template.split('?')[0];
    const rest = template.slice(u.length);
    const parts = u.split('/');
    return parts.filter((seg, i) => i < 3 || !/\{(platform|os|arch)\}/.test(seg)).join('/') + rest;
}
/** Template values for a file of the set (`platform` undefined for set-level files). */
function urlValues(r, platform, file) {
    const v = { product: r.product, version: r.version, channel: r.channel, file };
    if (platform) {
        const p = platform_parsePlatformKey(platform);
        v.platform = platform;
        v.os = p.os;
        v.arch = p.arch;
    }
    return v;
}
function urls_expand(template, values) {
    try {
        return expandUrlTemplate(template, values);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
}

;// CONCATENATED MODULE: ./src/packages/targets/target.ts
/** What every target keeps: its options, and the publish's logger (set again by each `bind`). */
class TargetBase {
    o;
    log = () => { };
    constructor(o) {
        this.o = o;
    }
}

;// CONCATENATED MODULE: ./src/packages/targets/http.ts
/**
 * Target `http`: PUT each file to an update server (URL template + bearer token), HEAD first to skip bytes the
 * server already holds, then read back (the server's digest header, else a streamed re-download).
 */









/** sha256 hex from digest headers: RFC 9530 Repr-Digest / Content-Digest, RFC 3230 Digest, x-checksum-sha256, x-amz-checksum-sha256. */
function digestFromHeaders(headers) {
    const h = (n) => {
        const v = headers[n];
        return Array.isArray(v) ? v.join(',') : v;
    };
    for (const name of ['repr-digest', 'content-digest']) {
        const m = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/=]+):/i.exec(h(name) ?? '');
        if (m)
            return Buffer.from(m[1], 'base64').toString('hex');
    }
    const d = /(?:^|,)\s*sha-256=([A-Za-z0-9+/=]+)/i.exec(h('digest') ?? '');
    if (d)
        return Buffer.from(d[1], 'base64').toString('hex');
    const x = h('x-checksum-sha256');
    if (x && /^[0-9a-f]{64}$/i.test(x.trim()))
        return x.trim().toLowerCase();
    const a = h('x-amz-checksum-sha256');
    if (a)
        return Buffer.from(a.trim(), 'base64').toString('hex');
    return undefined;
}
class HttpTarget extends TargetBase {
    kind = 'http';
    flatNamespace = false;
    replacesLivePackages = true;
    bind(ctx) {
        this.log = ctx.log;
        const problems = [];
        if (!this.o.uploadUrl)
            problems.push({ field: 'upload-url', message: 'is required for target http (a PUT URL template such as https://updates.example.com/api/v1/packages/{product}/{version}/{platform}/{file}).' });
        else
            problems.push(...templateProblems(this.o.uploadUrl, 'upload-url'));
        if (!this.o.token && !ctx.dryRun)
            problems.push({ field: 'package-token', message: 'is required for target http (the bearer token the update server accepts for uploads).' });
        return { problems, downloadTemplate: this.o.uploadUrl };
    }
    destination(f) {
        return expandUrlTemplate(f.platform ? this.o.uploadUrl : setLevelTemplate(this.o.uploadUrl), f.values);
    }
    async inspect(f) {
        const back = await this.remoteSha256(this.destination(f));
        if (!back)
            return 'absent';
        return back.sha256 === f.sha256 && (back.size === undefined || back.size === f.size) ? 'same' : 'different';
    }
    async remove(files) {
        for (const f of files) {
            const url = this.destination(f);
            const res = await this.send('DELETE', url);
            if (res.status === 404)
                continue;
            if (res.status === 405 || res.status === 501) {
                throw new errors/* RelforgeError */.fY(`The update server does not accept DELETE for ${url} (HTTP ${res.status}), so the live set of this version cannot be taken down before it is replaced (clients would see a manifest beside replaced files). Publish a new version, or let the package-token delete files. Nothing was changed.`);
            }
            if (res.status < 200 || res.status > 299)
                throw this.fail(res, `take down ${f.name} at ${url}`);
            this.log(`took down ${f.name} (${url}) before replacing the set`);
        }
    }
    async put(files) {
        const out = [];
        for (const f of files)
            out.push(await this.putOne(f));
        return out;
    }
    async finish() {
        return [];
    }
    /** Every URL here is the configured upload-url template expanded: its origin is the one the token may go to. */
    send(method, url, extra = {}) {
        const credentials = { headers: { authorization: `Bearer ${this.o.token}` }, origins: [new URL(url).origin], what: 'the package-token' };
        return request({ method, url, credentials, needsCredentials: true, attempts: this.o.attempts, baseDelayMs: this.o.baseDelayMs, ...extra });
    }
    fail(res, what) {
        const hint = res.status === 401 || res.status === 403
            ? ' Check the package-token input: the update server refused it (it needs permission to upload).'
            : res.status >= 500
                ? ' The server failed after every retry; re-run the step (it converges: files already there with the same bytes are skipped).'
                : '';
        return new errors/* RelforgeError */.fY(`${describeFailure(res, `Could not ${what}`)}.${hint}`);
    }
    /** sha256 of what the server serves: its digest header, else a streamed re-download; undefined when absent. */
    async remoteSha256(url) {
        if (this.o.readBack === 'download')
            return this.download(url);
        const head = await this.send('HEAD', url);
        if (head.status === 404)
            return undefined;
        // Servers without HEAD: verify by downloading.
        if (head.status === 405 || head.status === 501)
            return this.download(url);
        if (head.status < 200 || head.status > 299)
            throw this.fail(head, `check ${url}`);
        const d = digestFromHeaders(head.headers);
        const size = head.headers['content-length'] !== undefined ? Number(head.headers['content-length']) : undefined;
        return d ? { sha256: d, size, by: 'server digest' } : this.download(url);
    }
    async download(url) {
        const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-readback-'));
        try {
            const dest = (0,external_node_path_.join)(dir, 'file');
            const res = await this.send('GET', url, { saveTo: dest });
            if (res.status === 404)
                return undefined;
            if (res.status < 200 || res.status > 299)
                throw this.fail(res, `download ${url} to verify it`);
            const h = await fs_hashFile(dest, ['sha256']);
            return { sha256: h.sha256, size: h.size, by: 're-download' };
        }
        finally {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Uploads one file unless the server already has the same bytes; then verifies what the server holds. */
    async putOne(f) {
        const url = this.destination(f);
        const before = await this.remoteSha256(url);
        if (before && before.sha256 === f.sha256 && (before.size === undefined || before.size === f.size)) {
            this.log(`unchanged ${f.name} (the server already holds these bytes)`);
            return { name: f.name, url, outcome: 'unchanged', verifiedBy: before.by };
        }
        const res = await this.send('PUT', url, {
            headers: { 'content-type': 'application/octet-stream' },
            body: { file: f.path },
            timeoutMs: 300_000,
            deadlineMs: 3_600_000,
        });
        if (res.status < 200 || res.status > 299)
            throw this.fail(res, `upload ${f.name} to ${url}`);
        const back = await this.remoteSha256(url);
        if (!back)
            throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} to ${url} (HTTP ${res.status}) but the server does not serve it back (HTTP 404): check the upload-url template and the server.`);
        if (back.sha256 !== f.sha256 || (back.size !== undefined && back.size !== f.size)) {
            throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the server holds sha256 ${back.sha256}${back.size !== undefined ? ` (${back.size} bytes)` : ''}, the local file is ${f.sha256} (${f.size} bytes). Nothing further was published (no manifest); re-run the step, and check the server or proxy if it repeats.`);
        }
        const outcome = before ? 'replaced' : 'uploaded';
        this.log(`${outcome} ${f.name} → ${url} (verified by ${back.by})`);
        return { name: f.name, url, outcome, verifiedBy: back.by };
    }
}
function httpTarget(o) {
    return new HttpTarget(o);
}

;// CONCATENATED MODULE: ./src/packages/targets/gitea-generic.ts
/**
 * Target `gitea-generic`: files of the Gitea/Forgejo generic package `{owner}/{product}/{version}` through the
 * Forge interface. Gitea answers 409 to a same-name file, so other bytes are deleted and re-uploaded; every file
 * is read back from the registry's file list (sha256 + size).
 */



class GiteaGenericTarget extends TargetBase {
    ref;
    kind = 'gitea-generic';
    flatNamespace = true;
    replacesLivePackages = true;
    bind(ctx) {
        this.log = ctx.log;
        const { forge } = this.o;
        const problems = [];
        if (!forge.capabilities.genericPackages) {
            problems.push({ field: 'target', message: `is gitea-generic, but this forge (${forge.kind}) has no generic package registry: use target release or http.` });
        }
        const server = (this.o.serverUrl ?? forge.apiUrl.replace(/\/api\/v1\/?$/, '')).replace(/\/+$/, '');
        const owner = this.o.owner ?? forge.owner;
        this.ref = { owner, name: ctx.product, version: ctx.version };
        return { problems, downloadTemplate: `${server}/api/packages/${encodeURIComponent(owner)}/generic/{product}/{version}/{file}` };
    }
    destination(f) {
        return f.publicUrl;
    }
    async listed() {
        return new Map((await this.o.forge.listPackageFiles(this.ref)).map((f) => [f.name, f]));
    }
    async inspect(f) {
        const have = (await this.listed()).get(f.name);
        if (!have)
            return 'absent';
        return have.sha256 === f.sha256 && have.size === f.size ? 'same' : 'different';
    }
    async remove(files) {
        const existing = await this.listed();
        for (const f of files) {
            if (!existing.has(f.name))
                continue;
            await this.o.forge.deletePackageFile(this.ref, f.name);
            this.log(`took down ${f.name} before replacing the set`);
        }
    }
    async put(batch) {
        const { forge } = this.o;
        const existing = await this.listed();
        const out = [];
        for (const f of batch) {
            const have = existing.get(f.name);
            if (have && have.sha256 === f.sha256 && have.size === f.size) {
                out.push({ name: f.name, url: f.publicUrl, outcome: 'unchanged', verifiedBy: 'package-file sha256' });
                this.log(`unchanged ${f.name} (the registry already holds these bytes)`);
                continue;
            }
            if (have)
                await forge.deletePackageFile(this.ref, f.name);
            const replaced = await this.upload(f);
            const outcome = have || replaced ? 'replaced' : 'uploaded';
            out.push({ name: f.name, url: f.publicUrl, outcome, verifiedBy: 'package-file sha256' });
            this.log(`${outcome} ${f.name} → ${f.publicUrl}`);
        }
        await this.readBack(batch);
        return out;
    }
    /** Uploads one file; on 409 (a parallel or timed-out earlier upload won) compares and replaces. True when replaced. */
    async upload(f) {
        const spec = { path: f.path, name: f.name, size: f.size, contentType: 'application/octet-stream' };
        try {
            await this.o.forge.uploadPackageFile(this.ref, spec);
            return false;
        }
        catch (err) {
            if (!(err instanceof PackageFileExistsError))
                throw err;
            const now = (await this.listed()).get(f.name);
            if (now && now.sha256 === f.sha256)
                return false;
            await this.o.forge.deletePackageFile(this.ref, f.name);
            await this.o.forge.uploadPackageFile(this.ref, spec);
            return true;
        }
    }
    /** The registry's sha256 for every file of the batch. */
    async readBack(batch) {
        const after = await this.listed();
        const { owner, name, version } = this.ref;
        for (const f of batch) {
            const got = after.get(f.name);
            if (!got)
                throw new errors/* RelforgeError */.fY(`Uploaded ${f.name} but the package registry does not list it (${owner}/${name} ${version}); nothing further was published. Re-run the step.`);
            if (got.sha256 !== f.sha256 || got.size !== f.size) {
                throw new errors/* RelforgeError */.fY(`Checksum mismatch after uploading ${f.name}: the registry reports sha256 ${got.sha256} (${got.size} bytes), the local file is ${f.sha256} (${f.size} bytes). The manifest was not uploaded; re-run the step.`);
            }
        }
    }
    async finish(all) {
        const ours = new Set(all.map((f) => f.name));
        const others = [...(await this.listed()).keys()].filter((n) => !ours.has(n));
        if (others.length)
            this.log(`note: package ${this.ref.name} ${this.ref.version} also holds files this run did not publish (kept, not in the manifest): ${others.join(', ')}`);
        return [];
    }
}
function giteaGenericTarget(o) {
    return new GiteaGenericTarget(o);
}

;// CONCATENATED MODULE: ./src/publishing/core/checksums.ts
/**
 * SHA256SUMS in the format GNU `sha256sum -c` reads: `<64 hex>  <name>` (two spaces = text mode, which is
 * binary-identical on POSIX). Names are relative to the SHA256SUMS folder with `/` separators. Names with a
 * backslash or a line break use coreutils' escaping: the line starts with `\`, and `\\` / `\n` / `\r` stand
 * for the characters.
 */

function escapeName(name) {
    if (!/[\\\n\r]/.test(name))
        return { escaped: false, text: name };
    return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
function checksums_formatChecksums(entries) {
    return entries
        .map(({ name, sha256 }) => {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new errors/* RelforgeError */.fY(`Internal: "${sha256}" is not a SHA-256 hex digest.`);
        if (name === '')
            throw new errors/* RelforgeError */.fY('Internal: empty name in SHA256SUMS.');
        const e = escapeName(name);
        return `${e.escaped ? '\\' : ''}${sha256}  ${e.text}\n`;
    })
        .join('');
}
/** Parses `sha256sum` output (text `  ` or binary ` *` mode, escaped names). */
function parseChecksums(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (raw.trim() === '')
            continue;
        const line = raw.replace(/\r$/, '');
        const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m)
            throw new RelforgeError(`Malformed SHA256SUMS line: "${line.slice(0, 120)}"`);
        let name = m[3];
        if (m[1])
            name = name.replace(/\\(\\|n|r)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
        out.push({ name, sha256: m[2].toLowerCase() });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publishing/core/release-plan.ts
/**
 * Pure decisions of the publish recipe (src/publishing/publish-release.ts): tag checks, prerelease from the tag, what to
 * do with a same-name remote asset, and how a remote asset set differs from the local files.
 */

/** Why a tag name cannot be used (git check-ref-format rules + no leading dash), or undefined. */
function tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(tag))
        return `tag "${tag.replace(/[\x00-\x1f\x7f]/g, '?')}" contains a space, control character or one of ~ ^ : ? * [ \\`;
    if (tag.startsWith('-') || tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.') || tag.endsWith('.lock'))
        return `tag "${tag}" must not start with - or /, nor end with /, . or .lock`;
    if (tag.includes('..') || tag.includes('//') || tag.includes('@{') || tag === '@' || /(^|\/)\./.test(tag))
        return `tag "${tag}" contains "..", "//", "@{" or a component starting with "."`;
    if (Buffer.byteLength(tag) > 250)
        return 'the tag is longer than 250 bytes';
    return undefined;
}
/** The SemVer version inside a tag (`v1.2.3-beta.1`, `app/v1.2.3`, `1.2.3`), or undefined. */
function versionOfTag(tag) {
    const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
    return (m && semver_default().parse(m[1])) || undefined;
}
/** `prerelease: auto`: true when the tag's version has a prerelease part; false for other tags. */
function prereleaseFromTag(tag) {
    const v = versionOfTag(tag);
    return !!v && v.prerelease.length > 0;
}
/** Same content proven (size + SHA-256), disproven, or unknown (no digest to compare). */
function sameContent(local, remote) {
    if (remote.state !== 'uploaded')
        return 'different';
    if (remote.size !== local.size)
        return 'different';
    if (!remote.sha256 || !local.sha256)
        return 'unknown';
    return remote.sha256 === local.sha256 ? 'same' : 'different';
}
/**
 * The per-asset planner: what to do for one local file given the remote assets with its name (several on
 * Gitea/Forgejo, `starter` leftovers on GitHub). `verdict` gives sameContent() per remote (after any read-back).
 * Identical content is always kept (a re-run on the same files changes nothing); on a live release different
 * content is refused unless `replaceLive`, and then swapped (new first), never deleted first.
 */
function decideAsset(local, sameName, verdict, policy) {
    const { overwrite, live = false, replaceLive = false } = typeof policy === 'string' ? { overwrite: policy } : policy;
    const broken = sameName.filter((r) => r.state !== 'uploaded');
    const complete = sameName.filter((r) => r.state === 'uploaded');
    if (complete.length === 0)
        return broken.length ? { kind: 'replace', remove: broken, reason: 'removing an incomplete upload left by an earlier run' } : { kind: 'upload' };
    const same = complete.find((r) => verdict(r) === 'same');
    if (same) {
        const remove = [...broken, ...complete.filter((r) => r !== same)];
        return { kind: 'keep', keep: same, remove, reason: remove.length ? `identical content already uploaded; removing ${remove.length} duplicate(s)` : 'identical content already uploaded' };
    }
    if (overwrite === 'skip') {
        const [keep, ...rest] = complete;
        return { kind: 'keep', keep: keep, remove: [...broken, ...rest], reason: 'overwrite: skip keeps the existing asset' };
    }
    const anyDifferent = complete.some((r) => verdict(r) === 'different');
    if (overwrite === 'fail') {
        return { kind: 'conflict', reason: anyDifferent ? 'an asset with this name and different content exists' : 'an asset with this name exists and its content cannot be compared (no digest on this forge)' };
    }
    const reason = anyDifferent ? 'content differs' : 'content cannot be proven identical';
    if (live && !replaceLive)
        return { kind: 'refuse', reason };
    return { kind: live ? 'swap' : 'replace', remove: [...broken, ...complete], reason };
}
/**
 * The name GitHub stores for an asset name: it keeps only letters, digits and `. _ + ~ @ -`, turns other
 * characters into `.` and drops leading/trailing dots (forges.md §1). Used where the forge
 * `renamesUnusualAssetNames`: a name that would change is refused before any API call.
 */
function storedAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+~@-]/g, '.').replace(/^\.+|\.+$/g, '');
}
/** Prefix of the temporary name a replacement is uploaded under where same-name duplicates are not allowed. */
const PARTIAL_PREFIX = 'relforge-partial-';

;// CONCATENATED MODULE: ./src/publishing/local-files.ts
/**
 * The local half of the publish recipe: every check that needs no API call (problems reported by field, all
 * at once), the files with their hashes, and the one SHA256SUMS builder.
 */








const CHECKSUMS_NAME = 'SHA256SUMS';
/** Local checks that need no API call: every problem at once, by field. */
async function prepareLocal(s) {
    const p = new errors/* Problems */.Zw();
    const tp = tagProblem(s.tag);
    if (tp)
        p.add('tag', `is not usable: ${tp}.`);
    const overwrite = s.overwrite ?? 'replace';
    if (!['replace', 'skip', 'fail'].includes(overwrite))
        p.add('overwrite', `must be replace, skip or fail, got "${overwrite}".`);
    const makeLatest = s.makeLatest ?? 'true';
    if (!['true', 'false', 'legacy'].includes(makeLatest))
        p.add('make-latest', `must be true, false or legacy, got "${makeLatest}".`);
    const body = readBody(s, p);
    const forgeOptions = 'findRelease' in s.forge ? undefined : s.forge;
    if (forgeOptions && !forgeOptions.token && !s.dryRun)
        p.add('token', TOKEN_MISSING);
    const files = await localFiles(s, p);
    p.throwIfAny();
    const prerelease = s.prerelease === undefined || s.prerelease === 'auto' ? prereleaseFromTag(s.tag) : s.prerelease;
    return { files, body, prerelease, overwrite, makeLatest: prerelease ? 'false' : makeLatest };
}
function readBody(s, p) {
    if (s.body && s.bodyFile)
        p.add('body', 'and {{body-file}} were both given: give one of them.');
    if (!s.bodyFile)
        return s.body ?? '';
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(s.cwd ?? process.cwd(), s.bodyFile), 'utf8');
    }
    catch (e) {
        p.add('body-file', `cannot be read: "${s.bodyFile}" (${e.code ?? (0,errors/* errorMessage */.gJ)(e)}).`);
        return '';
    }
}
async function localFiles(s, p) {
    let paths;
    try {
        paths = await fs_expandFiles(s.files, { cwd: s.cwd });
    }
    catch (e) {
        // expandFiles words its problems "The file list …": continue them after the option's name.
        const rest = (0,errors/* errorMessage */.gJ)(e).replace(/^The file list:? ?/, '');
        p.add('files', /^(is|matched)\b/.test(rest) ? rest : `cannot be used: ${rest}`);
        return [];
    }
    const files = [];
    const byName = new Map();
    for (const path of paths) {
        const name = (0,external_node_path_.basename)(path);
        try {
            assertSafeName(name, 'asset name');
        }
        catch (e) {
            p.add('files', `names an unusable file: ${(0,errors/* errorMessage */.gJ)(e)}`);
            continue;
        }
        if (byName.has(name))
            p.add('files', `gives two files the same asset name "${name}" (${byName.get(name)} and ${path}): rename one or narrow the globs.`);
        if (name === CHECKSUMS_NAME && s.checksums !== false)
            p.add('files', `contains a file named ${CHECKSUMS_NAME}, which is generated: drop it from the files or set {{checksums}} to false.`);
        byName.set(name, path);
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
            const st = (0,external_node_fs_.statSync)(path);
            if (st.size >= 2 ** 31)
                p.add('files', `names ${name}, which is ${st.size} bytes; release assets must be smaller than 2 GiB.`);
            files.push({ path, name, size: st.size });
        }
        catch (e) {
            p.add('files', `names ${path}, which cannot be read (${e.code ?? (0,errors/* errorMessage */.gJ)(e)}).`);
        }
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}
/** Names the forge would store under another name (capability renamesUnusualAssetNames): refused up front. */
function assetNameProblems(files, caps) {
    if (!caps.renamesUnusualAssetNames)
        return;
    const p = new errors/* Problems */.Zw();
    for (const f of files.filter((x) => storedAssetName(x.name) !== x.name)) {
        p.add('files', `names "${f.name}", which the forge would rename to "${storedAssetName(f.name)}" (it keeps only letters, digits and . _ + ~ @ -, no leading or trailing dot): rename the file before publishing.`);
    }
    p.throwIfAny();
}
async function ensureHash(f) {
    f.sha256 ??= (await fs_hashFile(f.path, ['sha256'])).sha256;
    return f.sha256;
}
/**
 * The one SHA256SUMS builder: the file listing `entries` (sorted by name) in `dir`, as a LocalFile to upload or
 * compare. Entries are what the release holds (a file kept by overwrite: skip is listed with its remote hash).
 */
function checksumsFile(entries, dir) {
    const path = (0,external_node_path_.join)(dir, CHECKSUMS_NAME);
    const text = checksums_formatChecksums([...entries].sort((a, b) => (a.name < b.name ? -1 : 1)));
    (0,external_node_fs_.writeFileSync)(path, text);
    return { path, name: CHECKSUMS_NAME, size: (0,external_node_fs_.statSync)(path).size, sha256: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex') };
}
/** Hashes the file while it is uploaded (one read); valid only when the whole file went out. */
function uploadObserver(f) {
    let h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    let n = 0;
    let done;
    return {
        start() {
            h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
            n = 0;
            done = undefined;
        },
        data(chunk) {
            h.update(chunk);
            n += chunk.length;
        },
        end() {
            done = n === f.size ? h.digest('hex') : undefined;
        },
        result: () => done,
    };
}

;// CONCATENATED MODULE: ./src/publishing/recipe.ts
/**
 * The publish recipe (forges.md §4) as steps over the Forge interface: find by listing → check a published
 * release (complete ⇒ no-op; differing ⇒ refuse unless replacing was asked) → create or sync the draft →
 * sync each asset (the per-asset planner decides, this class acts) → SHA256SUMS last → verify by content →
 * publish → re-read. Forge differences are capability flags, never names.
 *
 * A published release never lacks an asset it had, at any moment: missing assets are added; a differing
 * asset is replaced only with `replacePublishedAssets`, new bytes first (a same-name duplicate where the forge
 * allows one, else a temporary name renamed after the old asset is removed: one DELETE + one PATCH apart).
 */










function isTransient(err) {
    return err instanceof HttpNetworkError || (err instanceof ForgeError && (err.status === undefined || err.status >= 500 || err.status === 429));
}
const without = (list, gone) => list.filter((a) => !gone.some((g) => g.id === a.id));
class PublishRun {
    forge;
    s;
    local;
    offline;
    result;
    hashes = new Map();
    tmp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-publish-'));
    log;
    title;
    retryPolicy;
    constructor(forge, s, local, offline) {
        this.forge = forge;
        this.s = s;
        this.local = local;
        this.offline = offline;
        this.log = s.log ?? (() => { });
        this.title = s.name || s.tag;
        this.retryPolicy = { attempts: 4, baseDelayMs: s.retryDelayMs ?? 2000, maxDelayMs: 60_000 };
        this.result = { releaseId: null, url: '', tag: s.tag, assets: [], created: false, published: false, prerelease: local.prerelease, dryRun: !!s.dryRun, actions: [], forge: forge.kind };
    }
    dispose() {
        (0,external_node_fs_.rmSync)(this.tmp, { recursive: true, force: true });
    }
    act(line) {
        this.result.actions.push(line);
        this.log(`${this.s.dryRun ? '[dry-run] would ' : ''}${line}`);
    }
    async run() {
        const { s, forge } = this;
        const pre = this.local.prerelease ? ' (prerelease)' : '';
        if (this.offline) {
            this.log('Dry run without a token: planning from the local files only (no forge state read).');
            this.act(`create draft release ${s.tag}${pre} unless it exists`);
            return this.dryRunPlan(undefined);
        }
        const found = await forge.findRelease(s.tag);
        let release = found.published ?? found.drafts[0];
        this.result.state = found.published ? 'published' : found.drafts.length ? 'draft' : 'none';
        const complete = found.published && (await this.liveComplete(found.published));
        if (complete)
            return this.finish(found.published, complete.remote, complete.wanted);
        if (!found.published)
            await this.dropExtraDrafts(found.drafts);
        if (!release) {
            this.act(`create draft release ${s.tag}${pre}`);
            if (s.dryRun)
                return this.dryRunPlan(undefined);
            release = await this.createDraft();
            const adopted = release.draft ? undefined : await this.liveComplete(release);
            if (adopted)
                return this.finish(release, adopted.remote, adopted.wanted);
        }
        else if (release.draft)
            release = await this.syncDraft(release);
        if (s.dryRun)
            return this.dryRunPlan(release);
        const wanted = await this.uploadAll(release);
        let remote = await this.removeExtras(release, await forge.listAssets(release), wanted);
        await this.verify(release, remote, wanted);
        if (s.draft) {
            this.log(`Leaving ${s.tag} as a draft (input draft: true); assets are uploaded and verified.`);
        }
        else if (release.draft || release.prerelease !== this.local.prerelease) {
            this.act(`publish ${s.tag}${this.publishNote()}`);
            const caps = forge.capabilities;
            await forge.publish(release.id, { prerelease: this.local.prerelease, makeLatest: caps.makeLatest ? this.local.makeLatest : undefined });
            release = await forge.getRelease(release.id);
            if (release.draft)
                throw new errors/* RelforgeError */.fY(`Publishing ${s.tag} did not take effect: the forge still reports a draft. Re-run the step.`);
            remote = await forge.listAssets(release);
            await this.verify(release, remote, wanted);
        }
        return this.finish(release, remote, wanted);
    }
    publishNote() {
        if (this.local.prerelease)
            return ' as a prerelease';
        return this.forge.capabilities.makeLatest ? ` (make_latest: ${this.local.makeLatest})` : '';
    }
    // ---- content: local hash vs the forge's digest, else the bytes read back (streamed, any size) ----
    async remoteHash(release, remote) {
        if (remote.sha256)
            return remote.sha256;
        let h = this.hashes.get(remote.id);
        if (!h) {
            h = await this.forge.hashAsset(release, remote);
            this.hashes.set(remote.id, h);
        }
        return h;
    }
    async verdict(release, local, remote) {
        if (remote.state !== 'uploaded')
            return 'different';
        const v = sameContent({ ...local, sha256: await ensureHash(local) }, remote);
        if (v !== 'unknown')
            return v;
        return (await this.remoteHash(release, remote)) === local.sha256 ? 'same' : 'different';
    }
    /** The policy for one asset: SHA256SUMS is derived from the others, so it may always be swapped (new first). */
    policy(release, f) {
        const live = !!release && !release.draft;
        if (f.name === CHECKSUMS_NAME && this.s.checksums !== false)
            return { overwrite: 'replace', live, replaceLive: true };
        return { overwrite: this.local.overwrite, live, replaceLive: !!this.s.replacePublishedAssets };
    }
    /**
     * The per-asset planner: compares the local file with the same-name remote assets and lets decideAsset()
     * choose. A kept asset whose content differs (overwrite: skip) is recorded in `f.kept`, so SHA256SUMS lists
     * what the release really holds.
     */
    async planAsset(release, f, sameName) {
        const verdicts = new Map();
        for (const a of sameName)
            verdicts.set(a.id, await this.verdict(release, f, a));
        const plan = decideAsset(f, sameName, (r) => verdicts.get(r.id) ?? 'unknown', this.policy(release, f));
        if (plan.kind === 'keep' && verdicts.get(plan.keep.id) !== 'same') {
            f.kept = { size: plan.keep.size, sha256: await this.remoteHash(release, plan.keep) };
        }
        return plan;
    }
    /** The files of this run plus SHA256SUMS (the one builder), listing kept assets by their remote hash. */
    async wantedFiles() {
        if (this.s.checksums === false)
            return [...this.local.files];
        const entries = [];
        for (const f of this.local.files)
            entries.push({ name: f.name, sha256: f.kept?.sha256 ?? (await ensureHash(f)) });
        return [...this.local.files, checksumsFile(entries, this.tmp)];
    }
    /**
     * Plans every asset against `remote` (files first, then SHA256SUMS built from what they will hold); returns
     * the plans and the wanted files (SHA256SUMS included).
     */
    async planAll(release, remote) {
        const plans = [];
        for (const f of this.local.files)
            plans.push({ f, plan: await this.planAsset(release, f, remote.filter((a) => a.name === f.name)) });
        const wanted = await this.wantedFiles();
        if (this.s.checksums !== false) {
            const sums = wanted.at(-1);
            plans.push({ f: sums, plan: await this.planAsset(release, sums, remote.filter((a) => a.name === sums.name)) });
        }
        return { plans, wanted };
    }
    // ---- steps ----
    /**
     * A published release: complete ⇒ its assets and the wanted files (nothing to do; finish with them); immutable
     * and different ⇒ refuse with the diff; mutable with a differing asset ⇒ refuse unless replacePublishedAssets;
     * only additions ⇒ undefined (complete it).
     */
    async liveComplete(published) {
        const { s } = this;
        const remote = await this.forge.listAssets(published);
        const diff = [];
        let refused = false;
        const { plans, wanted } = await this.planAll(published, remote);
        for (const { f, plan } of plans) {
            if (plan.kind === 'upload')
                diff.push(`add ${f.name}`);
            else if (plan.kind === 'keep' && plan.remove.length)
                diff.push(`remove ${plan.remove.length} duplicate(s) of ${f.name}`);
            else if (plan.kind === 'replace' || plan.kind === 'swap')
                diff.push(`replace ${f.name} (${plan.reason})`);
            else if (plan.kind === 'refuse' || plan.kind === 'conflict') {
                diff.push(`replace ${f.name} (${plan.reason})`);
                refused = true;
            }
        }
        const partials = remote.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
        if (partials.length)
            diff.push(`remove ${partials.length} leftover partial upload(s) of an interrupted replacement`);
        if (published.prerelease !== this.local.prerelease)
            diff.push(`set prerelease to ${this.local.prerelease} (now ${published.prerelease})`);
        const list = `\n- ${diff.join('\n- ')}\n`;
        if (published.immutable && diff.length) {
            throw new errors/* RelforgeError */.fY(`Release ${s.tag} is published and immutable, so it can no longer be changed. It differs from the local files; this run would have:${list}` +
                `Nothing was modified. The tag ${s.tag} is burnt by the immutable release: cut a new version (a new tag) to publish these files.`);
        }
        if (refused) {
            const fix = this.local.overwrite === 'fail'
                ? 'overwrite is "fail": use overwrite: skip to keep the published assets,'
                : 'to replace them, re-run with replace-published-assets: true (each new file goes up before the old one is removed),';
            throw new errors/* RelforgeError */.fY(`Release ${s.tag} is already published and some of its assets differ from the local files; this run would have:${list}` +
                `Nothing was modified: a published release is only added to unless replacing is asked for. ${fix[0].toUpperCase()}${fix.slice(1)} or cut a new version.`);
        }
        if (diff.length === 0) {
            this.log(`Release ${s.tag} is already published with exactly these files${published.immutable ? ' (immutable)' : ''}: nothing to do.`);
            return { remote, wanted };
        }
        this.log(`Release ${s.tag} is published but incomplete (${diff.join('; ')}): completing it.`);
        return undefined;
    }
    /** GitHub allows several drafts per tag (a retried create): keep the oldest, remove the rest. */
    async dropExtraDrafts(drafts) {
        for (const extra of drafts.slice(1)) {
            this.act(`delete duplicate draft release ${extra.id} for ${this.s.tag}`);
            if (!this.s.dryRun)
                await this.forge.deleteRelease(extra.id);
        }
    }
    /** Creates the draft; 422/409 or a lost answer ⇒ re-list and adopt (forges.md §4 step 2). */
    async createDraft() {
        const { s, forge } = this;
        let lost;
        return retry(async (attempt) => {
            if (attempt > 1) {
                const adopted = await this.adopt(lost);
                if (adopted)
                    return { done: adopted };
            }
            try {
                const release = await forge.createDraft({ tagName: s.tag, name: this.title, body: this.local.body, prerelease: this.local.prerelease, targetCommitish: s.targetCommitish });
                this.result.created = true;
                return { done: release };
            }
            catch (err) {
                if (!(err instanceof ReleaseExistsError) && !isTransient(err))
                    throw err;
                this.log(`Creating the draft failed (${(0,errors/* errorMessage */.gJ)(err)}); listing releases to adopt one that may exist.`);
                if (err instanceof ReleaseExistsError) {
                    const adopted = await this.adopt(err);
                    if (adopted)
                        return { done: adopted };
                    throw new errors/* RelforgeError */.fY(`The forge says a release for ${s.tag} exists, but listing releases does not show it: check that the token can see drafts (push access) and re-run.`);
                }
                lost = err;
                return {
                    retry: (0,errors/* errorMessage */.gJ)(err),
                    exhausted: () => {
                        throw err;
                    },
                };
            }
        }, this.retryPolicy);
    }
    async adopt(err) {
        const { published, drafts } = await this.forge.findRelease(this.s.tag);
        const release = published ?? drafts[0];
        if (!release)
            return undefined;
        // adopted after a lost answer: most likely our own create; after 422/409: someone else's
        this.result.created = !published && !(err instanceof ReleaseExistsError);
        for (const extra of drafts.slice(1))
            await this.forge.deleteRelease(extra.id);
        return release;
    }
    async syncDraft(release) {
        const { s } = this;
        const differs = release.name !== this.title || release.body !== this.local.body || release.prerelease !== this.local.prerelease || (!!s.targetCommitish && release.targetCommitish !== s.targetCommitish);
        if (!differs)
            return release;
        this.act(`update draft ${release.id} (title, notes, prerelease, target) to match this run`);
        if (s.dryRun)
            return release;
        return this.forge.updateRelease(release.id, { name: this.title, body: this.local.body, prerelease: this.local.prerelease, targetCommitish: s.targetCommitish || undefined });
    }
    /** Uploads what differs, one file at a time, SHA256SUMS last (built from the hashes taken while uploading). */
    async uploadAll(release) {
        let known = await this.forge.listAssets(release);
        for (const f of this.local.files)
            known = await this.syncAsset(release, f, known);
        const wanted = await this.wantedFiles();
        if (this.s.checksums !== false)
            await this.syncAsset(release, wanted.at(-1), known);
        return wanted;
    }
    /** One asset, re-listing and retrying after a transient failure or a same-name race (up to 4 attempts). */
    async syncAsset(release, f, known) {
        let current = known;
        return retry(async () => {
            try {
                current ??= await this.forge.listAssets(release);
                return { done: await this.applyPlan(release, f, current) };
            }
            catch (err) {
                if (!(err instanceof AssetExistsError) && !isTransient(err))
                    throw err;
                current = undefined;
                return {
                    retry: (0,errors/* errorMessage */.gJ)(err),
                    delayMs: err instanceof AssetExistsError ? 0 : undefined,
                    exhausted: () => {
                        throw err;
                    },
                };
            }
        }, { ...this.retryPolicy, onRetry: (i) => this.log(`Uploading ${f.name} failed (${i.reason}); re-listing the assets and retrying (attempt ${i.attempt + 1} of 4).`) });
    }
    /** Carries out the planner's decision for one file; returns the asset list as it now is. */
    async applyPlan(release, f, before) {
        const current = await this.recoverPartials(release, f, before);
        const plan = await this.planAsset(release, f, current.filter((a) => a.name === f.name));
        switch (plan.kind) {
            case 'conflict':
                throw new errors/* RelforgeError */.fY(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}. Use overwrite: replace to replace it, or skip to keep it.`);
            case 'refuse':
                throw new errors/* RelforgeError */.fY(`Release ${this.s.tag} was published meanwhile and its ${f.name} differs from the local file (${plan.reason}); nothing was replaced. Re-run with replace-published-assets: true to replace it, or cut a new version.`);
            case 'keep':
                await this.remove(release, f, plan.remove, plan.reason);
                if (!plan.remove.length)
                    this.log(`Keeping ${f.name}: ${plan.reason}.`);
                if (f.kept)
                    this.log(`Note: ${f.name} on the release differs from the local file; kept because overwrite is "skip".`);
                return without(current, plan.remove);
            case 'replace':
                await this.remove(release, f, plan.remove, plan.reason);
                return [...without(current, plan.remove), await this.upload(release, f, f.name)];
            case 'swap':
                return this.swap(release, f, plan.remove, current, plan.reason);
            case 'upload':
                return [...current, await this.upload(release, f, f.name)];
        }
    }
    async remove(release, f, assets, reason) {
        for (const r of assets) {
            this.act(`delete ${f.name} (asset ${r.id}): ${reason}`);
            await this.forge.deleteAsset(release, r);
        }
    }
    /** Streams one file up under `name`, hashing it in the same read; checks the name and size the forge stored. */
    async upload(release, f, name) {
        this.act(`upload ${f.name}${name !== f.name ? ` as ${name}` : ''} (${f.size} bytes)`);
        const obs = f.sha256 ? undefined : uploadObserver(f);
        const asset = await this.forge.uploadAsset(release, { path: f.path, name, size: f.size, observe: obs });
        f.sha256 ??= obs?.result();
        if (asset.name !== name)
            throw new errors/* RelforgeError */.fY(`The forge stored ${name} as "${asset.name}" (it renames unusual names): rename the file to a plain name (letters, digits, . - _).`);
        if (asset.size !== f.size)
            throw new errors/* RelforgeError */.fY(`The forge reports ${asset.size} bytes for ${f.name}, but the local file has ${f.size}: the file changed during the upload or the transfer was cut. Re-run the step.`);
        return asset;
    }
    /**
     * Replaces an asset of a published release without a moment where it is missing: where same-name duplicates
     * are allowed, upload then remove the old; where assets can be renamed, upload under a temporary name, remove
     * the old, rename (the name is absent only between those two calls); else remove then upload (documented gap).
     */
    async swap(release, f, old, current, reason) {
        const caps = this.forge.capabilities;
        if (caps.duplicateAssetNames) {
            const fresh = await this.upload(release, f, f.name);
            await this.remove(release, f, old, `${reason}; the new upload is in place`);
            return [...without(current, old), fresh];
        }
        if (caps.renameAssets) {
            const staged = await this.upload(release, f, `${PARTIAL_PREFIX}${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}-${f.name}`);
            await this.remove(release, f, old, `${reason}; the new upload is staged as ${staged.name}`);
            this.act(`rename ${staged.name} to ${f.name}`);
            return [...without(current, old), await this.forge.renameAsset(release, staged, f.name)];
        }
        await this.remove(release, f, old, reason);
        return [...without(current, old), await this.upload(release, f, f.name)];
    }
    /**
     * Leftovers of an interrupted swap for `f`: a staged copy with the right content becomes `f` again when `f`
     * is missing (the interrupted rename), any other staged copy is removed.
     */
    async recoverPartials(release, f, current) {
        const partials = current.filter((a) => a.name.startsWith(PARTIAL_PREFIX) && a.name.slice(PARTIAL_PREFIX.length + 9) === f.name);
        if (!partials.length)
            return current;
        let list = without(current, partials);
        const missing = !list.some((a) => a.name === f.name);
        for (const p of partials) {
            if (missing && !list.some((a) => a.name === f.name) && (await this.verdict(release, f, p)) === 'same') {
                this.act(`rename ${p.name} to ${f.name} (finishing an interrupted replacement)`);
                list = [...list, await this.forge.renameAsset(release, p, f.name)];
            }
            else
                await this.remove(release, f, [p], 'leftover of an interrupted replacement');
        }
        return list;
    }
    /** Assets this run does not publish: removed from a draft; kept (noted) on a published release. */
    async removeExtras(release, remote, wanted) {
        const extras = remote.filter((a) => !wanted.some((w) => w.name === a.name));
        const drop = release.draft ? extras : extras.filter((a) => a.name.startsWith(PARTIAL_PREFIX));
        for (const a of drop) {
            this.act(`delete ${a.name} from the ${release.draft ? 'draft (not among the files of this run)' : 'release (leftover of an interrupted replacement)'}`);
            await this.forge.deleteAsset(release, a);
        }
        const kept = extras.filter((a) => !drop.includes(a));
        if (kept.length)
            this.log(`Note: published release ${this.s.tag} also has assets this run did not upload (kept): ${kept.map((a) => a.name).join(', ')}`);
        return drop.length ? this.forge.listAssets(release) : remote;
    }
    /** The remote set against the local files: each once, complete, same size and SHA-256 (read back where no digest). */
    async verify(release, remote, wanted) {
        const problems = [];
        for (const f of wanted) {
            const same = remote.filter((a) => a.name === f.name);
            const a = same[0];
            if (!a)
                problems.push(`${f.name} is missing`);
            else if (same.length > 1)
                problems.push(`${f.name} is present ${same.length} times`);
            else if (a.state !== 'uploaded')
                problems.push(`${f.name} is in state "${a.state}" (incomplete upload)`);
            else if (f.kept) {
                if (a.size !== f.kept.size || (await this.remoteHash(release, a)) !== f.kept.sha256)
                    problems.push(`${f.name} (kept by overwrite: skip) changed on the forge during this run`);
            }
            else if (a.size !== f.size)
                problems.push(`${f.name} has ${a.size} bytes on the forge, ${f.size} locally`);
            else if ((await this.verdict(release, f, a)) === 'different') {
                problems.push(`${f.name} on the forge has SHA-256 ${a.sha256 ?? this.hashes.get(a.id)}, the local file ${f.sha256}`);
            }
        }
        if (problems.length) {
            throw new errors/* RelforgeError */.fY(`Verification of release ${this.s.tag} failed, so it was not published:\n- ${problems.join('\n- ')}\nRe-run the step: it replaces what differs.`);
        }
    }
    async finish(release, remote, wanted) {
        const r = this.result;
        r.releaseId = release.id;
        r.url = release.htmlUrl;
        r.published = !release.draft;
        r.prerelease = release.prerelease;
        for (const f of wanted) {
            const a = remote.find((x) => x.name === f.name);
            r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: a?.downloadUrl ?? '' });
        }
        return r;
    }
    /** Dry run: the uploads, replacements and deletions that would happen, with no write (refusals included). */
    async dryRunPlan(release) {
        const remote = release ? await this.forge.listAssets(release) : [];
        const { plans, wanted } = await this.planAll(release, remote);
        for (const { f, plan } of plans) {
            if (plan.kind === 'upload')
                this.act(`upload ${f.name} (${f.size} bytes, sha256 ${await ensureHash(f)})`);
            else if (plan.kind === 'replace' || plan.kind === 'swap')
                this.act(`replace ${f.name}: ${plan.reason}`);
            else if (plan.kind === 'keep')
                this.act(`keep ${f.name}: ${plan.reason}`);
            else if (plan.kind === 'conflict')
                throw new errors/* RelforgeError */.fY(`Release ${this.s.tag} already has an asset named ${f.name} and overwrite is "fail": ${plan.reason}.`);
            else
                throw new errors/* RelforgeError */.fY(`Release ${this.s.tag} is published and its ${f.name} differs from the local file (${plan.reason}): the real run would refuse. Set replace-published-assets: true to replace it, or cut a new version.`);
        }
        if (!this.s.draft && !(release && !release.draft && release.prerelease === this.local.prerelease))
            this.act(`publish ${this.s.tag}${this.publishNote()}`);
        const r = this.result;
        r.releaseId = release?.id ?? null;
        r.url = release?.htmlUrl ?? '';
        r.published = !!release && !release.draft;
        for (const f of wanted)
            r.assets.push({ name: f.name, size: f.kept?.size ?? f.size, sha256: f.kept?.sha256 ?? (await ensureHash(f)), url: '' });
        return r;
    }
}

;// CONCATENATED MODULE: ./src/publishing/publish-release.ts




async function publishRelease(s) {
    const local = await prepareLocal(s);
    const adapter = 'findRelease' in s.forge ? s.forge : undefined;
    const options = adapter ? undefined : s.forge;
    const offline = !!s.dryRun && !!options && !options.token;
    const forge = adapter ?? (offline ? offlineForge(options) : createForge(options));
    assetNameProblems(local.files, forge.capabilities);
    const run = new PublishRun(forge, s, local, offline);
    try {
        return await run.run();
    }
    finally {
        run.dispose();
    }
}
/** The step summary (markdown) of a publish: state, assets with their SHA-256, and what was done. */
function renderPublishSummary(res) {
    const rows = res.assets.map((a) => `| ${a.url ? `[${a.name}](${a.url})` : a.name} | ${a.size} | \`${a.sha256}\` |`).join('\n');
    const state = res.dryRun ? 'dry run — nothing changed' : res.published ? (res.prerelease ? 'published (prerelease)' : 'published') : 'draft';
    const done = res.actions.length
        ? `<details><summary>${res.dryRun ? 'Would do' : 'Done'} (${res.actions.length})</summary>\n\n${res.actions.map((a) => `- ${a}`).join('\n')}\n</details>\n`
        : 'Nothing to change: the release already matched.\n';
    return `## Release ${res.tag} — ${state}\n\n${res.url ? `${res.url}\n\n` : ''}| asset | bytes | sha256 |\n|---|---:|---|\n${rows}\n\n${done}`;
}

;// CONCATENATED MODULE: ./src/packages/targets/release.ts
/**
 * Target `release`: assets of the forge release for a tag, through the shared publish recipe
 * (src/publishing/publish-release.ts: draft → upload → verify → publish, add-only on a live release).
 *
 * A release that is not live yet (absent or a draft) is invisible to clients: every file goes into the draft and
 * the release is published once all of them are verified (`finish`). A live release is visible at every step, so
 * each `put` is its own publish-recipe run: the packages first, then each set file, in the order upload-packages
 * gives (the manifest last).
 */








class ReleaseTarget extends TargetBase {
    repository;
    adapter;
    /** The published release, once looked up (null: none is live), and its assets as last listed. */
    live;
    assets;
    deferred = [];
    kind = 'release';
    flatNamespace = true;
    replacesLivePackages = false;
    constructor(o) {
        super(o);
        this.repository = (o.repository ?? process.env.GITHUB_REPOSITORY ?? '').trim();
    }
    bind(ctx) {
        this.log = ctx.log;
        this.live = undefined;
        this.assets = undefined;
        this.deferred = [];
        const problems = [];
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(this.repository)) {
            problems.push({ field: 'repository', message: `must be "owner/name" for target release (GITHUB_REPOSITORY), got "${this.repository}".` });
        }
        if (!this.o.token && typeof this.o.forge !== 'object' && !ctx.dryRun)
            problems.push({ field: 'token', message: 'is required for target release (a forge token that may write releases).' });
        // A release's asset URLs carry the tag (hence the version) literally.
        return { problems, downloadTemplate: `${this.o.serverUrl.replace(/\/+$/, '')}/${this.repository}/releases/download/${encodeURIComponent(this.o.tag)}/{file}` };
    }
    destination(f) {
        return f.publicUrl;
    }
    forge() {
        if (typeof this.o.forge === 'object')
            return this.o.forge;
        this.adapter ??= createForge({ token: this.o.token, forge: this.o.forge, apiUrl: this.o.apiUrl, repository: this.repository });
        return this.adapter;
    }
    async liveRelease() {
        if (this.live === undefined)
            this.live = (await this.forge().findRelease(this.o.tag)).published ?? null;
        return this.live;
    }
    async inspect(f) {
        const live = await this.liveRelease();
        if (!live)
            return 'absent'; // a draft is invisible to clients
        this.assets ??= await this.forge().listAssets(live);
        const same = this.assets.filter((a) => a.name === f.name);
        if (same.length === 0)
            return 'absent';
        for (const a of same) {
            if (a.size !== f.size)
                return 'different';
            const sha = await this.assetSha256(live, a);
            if (sha !== undefined && sha !== f.sha256)
                return 'different';
        }
        return 'same';
    }
    /** The asset's sha256: the forge's digest, else a re-download of files up to 64 MiB (undefined above: same size is all we know). */
    async assetSha256(release, a) {
        if (a.sha256)
            return a.sha256;
        if (a.size > 64 * 1024 * 1024)
            return undefined;
        const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'relforge-asset-'));
        try {
            await this.forge().downloadAsset(release, a, (0,external_node_path_.join)(dir, 'asset'));
            return (await fs_hashFile((0,external_node_path_.join)(dir, 'asset'), ['sha256'])).sha256;
        }
        finally {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
    async remove(files) {
        const live = await this.liveRelease();
        if (!live)
            return;
        const assets = await this.forge().listAssets(live);
        this.assets = undefined;
        for (const f of files) {
            for (const a of assets.filter((x) => x.name === f.name)) {
                await this.forge().deleteAsset(live, a);
                this.log(`took down ${f.name} from release ${this.o.tag} before replacing the set`);
            }
        }
    }
    async put(files) {
        const live = await this.liveRelease();
        if (!live) {
            this.deferred.push(...files);
            return [];
        }
        // Live: this batch alone, verified before the next one goes up; the release keeps its other assets and its
        // prerelease flag.
        return this.publish(files, live.prerelease);
    }
    async finish() {
        if (!this.deferred.length)
            return [];
        const files = this.deferred;
        this.deferred = [];
        return this.publish(files, 'auto');
    }
    async publish(files, prerelease) {
        this.assets = undefined;
        const res = await publishRelease({
            tag: this.o.tag,
            files: files.map((f) => f.path),
            checksums: false,
            prerelease,
            forge: this.forge(),
            retryDelayMs: this.o.retryDelayMs,
            log: this.log,
        });
        if (!res.published)
            throw new errors/* RelforgeError */.fY(`The release ${this.o.tag} was not published; its packages and manifest are uploaded but not visible. Re-run the step.`);
        return files.map((f) => this.result(f, res));
    }
    result(f, res) {
        const uploaded = res.actions.some((a) => a.startsWith(`upload ${f.name} (`));
        const replaced = uploaded && res.actions.some((a) => a.startsWith(`delete ${f.name} `));
        const reported = res.assets.find((a) => a.name === f.name)?.url;
        // The manifest names `{server}/{owner}/{repo}/releases/download/{tag}/{file}`: GitHub's browser_download_url, and a
        // route Gitea/Forgejo serve too (their API reports /attachments/{uuid} instead, which is not version-specific).
        if (reported && decodeURIComponent(reported) !== decodeURIComponent(f.publicUrl))
            this.log(`note: the forge reports ${reported} for ${f.name}; the manifest keeps the version-specific ${f.publicUrl}`);
        return { name: f.name, url: f.publicUrl, outcome: replaced ? 'replaced' : uploaded ? 'uploaded' : 'unchanged', verifiedBy: 'release asset digest/size' };
    }
}
function releaseTarget(o) {
    return new ReleaseTarget(o);
}

;// CONCATENATED MODULE: ./src/packages/settings.ts
/**
 * upload-packages' option values (options.ts) → the operation's settings, for both front ends: which packages
 * (globs, map or fragments), stage or upload, and which PackageTarget. Problems are by field; each front end
 * words the field its own way (action input or CLI flag).
 */









/** Reads the packages (or fragments) and builds stage or upload settings. */
async function uploadPackagesRequest(v, fe) {
    const problems = new errors/* Problems */.Zw();
    const text = fe.kind === 'action' ? v.packages : (v.map ?? v['package-files'].join('\n'));
    const field = fe.kind === 'action' ? 'packages' : v.map !== undefined ? 'map' : 'package-files';
    const given = [!!text?.trim(), v.fragments.length > 0].filter(Boolean).length;
    if (given === 0)
        problems.add(field, 'is required (glob patterns or a "platform: file" map), or {{fragments}} in the merge job of a matrix.');
    if (given === 2)
        problems.add(field, 'and {{fragments}} cannot both be set: the packages of this job, or the fragments of a matrix\'s build jobs.');
    if (v.stage && v.fragments.length)
        problems.add('stage', 'writes a fragment and {{fragments}} merges them: use stage in the build jobs and fragments in the final job.');
    if (!v['authenticode-root'] && (v['authenticode-subject'] || v['authenticode-eku'].length)) {
        problems.add('authenticode-root', 'is needed with {{authenticode-subject}} / {{authenticode-eku}}: the trusted roots to verify the Windows packages against.');
    }
    if (fe.kind === 'cli' && v.map !== undefined && v['package-files'].length)
        problems.add('map', 'and {{package-files}} cannot be combined: give one of them.');
    problems.throwIfAny();
    const common = {
        product: v.product,
        version: v.version,
        channel: v.channel,
        commit: v.commit ?? fe.env.GITHUB_SHA ?? '',
        publicKey: v['public-key'],
        requirePlatforms: v['require-platforms'],
        outDir: v['out-dir'],
        authenticode: v['authenticode-root']
            ? { roots: v['authenticode-root'], tsaRoots: v['authenticode-tsa-root'], subject: v['authenticode-subject'], ekus: v['authenticode-eku'] }
            : undefined,
        log: fe.log,
    };
    let packages;
    if (v.fragments.length) {
        const merged = await mergeFragments(v.fragments, { cwd: fe.cwd, inputName: 'fragments', product: v.product, version: v.version, channel: v.channel });
        packages = merged.packages;
        common.channel ||= merged.channel;
        common.commit ||= merged.commit;
    }
    else
        packages = await resolvePackagesInput(text, fe.cwd, field);
    if (v.stage)
        return { stage: true, settings: { ...common, packages } };
    const kind = v.target ?? (v['upload-url'] ? 'http' : 'release');
    const settings = {
        ...common,
        packages,
        target: packageTarget(kind, v, fe),
        privateKey: v['private-key'],
        password: v.password,
        baseUrl: v['base-url'],
        tauri: v.tauri,
        notes: v.notes,
        expiresIn: v['expires-in'],
        dryRun: v['dry-run'],
        cwd: fe.cwd,
    };
    return { stage: false, settings };
}
/** The PackageTarget for `target` from the option values (its settings are checked when the upload binds it). */
function packageTarget(kind, v, fe) {
    const apiProblem = v['api-url'] ? urlInputProblem(v['api-url']) : undefined;
    if (apiProblem)
        throw (0,errors/* fieldError */.$i)('api-url', apiProblem);
    const runtime = detectRuntime(fe.env);
    const repository = v.repository ?? fe.env.GITHUB_REPOSITORY;
    if (kind === 'http')
        return httpTarget({ uploadUrl: v['upload-url'] ?? '', token: v['package-token'] ?? '', readBack: v['read-back'] });
    if (kind === 'gitea-generic') {
        if (!v['package-token'] && !v['dry-run']) {
            throw (0,errors/* fieldError */.$i)('package-token', 'is required for target gitea-generic: the Actions job token can only read packages; create a token with the write:package scope and pass it as a secret.');
        }
        // Only Gitea and Forgejo have the registry: outside their runners (e.g. on the command line) default to gitea.
        const forge = createForge({ token: v['package-token'] || 'dry-run', forge: v.forge ?? (runtime.forge === 'github' ? 'gitea' : runtime.forge), apiUrl: v['api-url'], repository, env: fe.env });
        return giteaGenericTarget({ forge, owner: v['package-owner'], serverUrl: v['api-url'] ? undefined : runtime.serverUrl });
    }
    return releaseTarget({ token: v.token ?? '', tag: v.tag ?? `v${v.version.trim().replace(/^v(?=\d)/, '')}`, serverUrl: runtime.serverUrl, forge: v.forge, apiUrl: v['api-url'], repository });
}

;// CONCATENATED MODULE: ./src/signing/minisign/keys.ts
/**
 * Signing keys: load (minisign `.key`, Tauri base64, PKCS#8 PEM, raw seed), pin against the expected public key,
 * generate minisign-compatible pairs. Adapter around ./core/format.ts that runs scrypt. Key material is never
 * echoed in errors; seeds and scrypt streams are zeroed after use.
 */



function makeKey(privateKey, keyId, source) {
    const publicKey = rawPublicKey(privateKey);
    return Object.freeze({
        keyId,
        keyIdHex: keyIdHex(keyId),
        publicKey,
        publicKeyText: format_formatPublicKey(keyId, publicKey),
        publicKeyBase64: publicKeyBase64(keyId, publicKey),
        source,
        privateKey,
    });
}
/** Key id for keys that carry none (PEM, raw seed): first 8 bytes of BLAKE2b-512(public key), so a seed always gets the same id. */
function derivedKeyId(publicKey) {
    return Buffer.from((0,external_node_crypto_namespaceObject.createHash)('blake2b512').update(publicKey).digest().subarray(0, 8));
}
async function scryptStream(password, salt, opslimit, memlimit) {
    const { N, r, p, maxmem } = scryptParams(opslimit, memlimit);
    return await new Promise((res, rej) => (0,external_node_crypto_namespaceObject.scrypt)(Buffer.from(password, 'utf8'), salt, 104, { N, r, p, maxmem }, (err, key) => (err ? rej(err) : res(key))));
}
async function openMinisignKey(text, password) {
    const parsed = parseSecretKey(text);
    const stream = parsed.encrypted ? await deriveStream(parsed, password) : undefined;
    let m;
    try {
        m = openSecretKey(parsed, stream);
    }
    catch (err) {
        stream?.fill(0);
        if (err instanceof MinisignVerificationError)
            throw (0,errors/* fieldError */.$i)('password', 'is wrong: it does not open the minisign secret key (checksum mismatch after decryption).');
        throw err;
    }
    try {
        return makeKey(ed25519PrivateKey(m.seed), m.keyId, 'minisign');
    }
    finally {
        m.seed.fill(0);
        stream?.fill(0);
    }
}
/** The scrypt stream for an encrypted key; without a password, the empty one (Tauri's default) must open it. */
async function deriveStream(parsed, password) {
    let stream;
    try {
        stream = await scryptStream(password ?? '', parsed.salt, parsed.opslimit, parsed.memlimit);
    }
    catch (err) {
        throw new errors/* RelforgeError */.fY(`Could not derive the key from the password (scrypt with the key's limits failed: ${(0,errors/* errorMessage */.gJ)(err).replace(/[^\x20-\x7e]/g, '')}).`);
    }
    if (!password) {
        try {
            openSecretKey(parsed, stream).seed.fill(0);
        }
        catch {
            stream.fill(0);
            throw (0,errors/* fieldError */.$i)('password', 'is needed: the minisign secret key is encrypted and the empty password did not open it.');
        }
    }
    return stream;
}
function loadPem(text, password) {
    if (/ENCRYPTED PRIVATE KEY/.test(text) && !password)
        throw (0,errors/* fieldError */.$i)('password', 'is needed: the PKCS#8 private key is encrypted.');
    let key;
    try {
        key = (0,external_node_crypto_namespaceObject.createPrivateKey)(password ? { key: text, format: 'pem', passphrase: password } : { key: text, format: 'pem' });
    }
    catch {
        throw (0,errors/* fieldError */.$i)('private-key', 'is a PEM that could not be read: give an unencrypted (or password-protected) PKCS#8 "PRIVATE KEY" PEM of an Ed25519 key.');
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw (0,errors/* fieldError */.$i)('private-key', `holds a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; an Ed25519 key is required.`);
    return makeKey(key, derivedKeyId(rawPublicKey(key)), 'pkcs8');
}
function loadSeed(text) {
    let raw;
    try {
        raw = format_decodeBase64Strict(text.replace(/\s+/g, ''), 'The private key');
    }
    catch {
        throw (0,errors/* fieldError */.$i)('private-key', 'is not recognised: give a minisign secret key file, a PKCS#8 PEM, or base64 of a 32-byte Ed25519 seed.');
    }
    const n = raw.length;
    const seed = Buffer.from(raw.subarray(0, 32));
    const consistent = n === 32 || (n === 64 && format_publicKeyFromSeed(seed).equals(raw.subarray(32)));
    raw.fill(0);
    if (n !== 32 && n !== 64) {
        seed.fill(0);
        throw (0,errors/* fieldError */.$i)('private-key', `decodes to ${n} bytes; base64 of a 32-byte Ed25519 seed (or 64 bytes seed + public key) is expected.`);
    }
    if (!consistent) {
        seed.fill(0);
        throw (0,errors/* fieldError */.$i)('private-key', 'is inconsistent: the second half of the 64 bytes is not the public key of the first half.');
    }
    const key = ed25519PrivateKey(seed);
    seed.fill(0);
    return makeKey(key, derivedKeyId(rawPublicKey(key)), 'seed');
}
/**
 * Loads a signing key. Accepted material (never echoed in errors):
 * - a minisign secret key file's text (unencrypted, or scrypt-encrypted: give `password`), or base64 of that text (Tauri);
 * - a PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`) holding an Ed25519 key;
 * - base64 of a raw 32-byte Ed25519 seed (or of 64 bytes seed ‖ public key, Go's `ed25519.PrivateKey`).
 * An encrypted minisign key without a password is tried with the empty password (Tauri's default) first.
 * (A password given for an unencrypted key is ignored.)
 */
async function keys_loadSigningKey(material, password) {
    const text = (material ?? '').trim();
    if (!text)
        throw (0,errors/* fieldError */.$i)('private-key', 'is empty: give a minisign secret key, a PKCS#8 PEM or base64 of a 32-byte seed. Refusing to publish unsigned files.');
    try {
        if (looksLikeSecretKeyFile(text))
            return await openMinisignKey(text, password);
        if (text.startsWith('-----BEGIN'))
            return loadPem(text, password);
        return loadSeed(text);
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
}
/**
 * Key pinning: the key must match `expected` (minisign public key text or its base64 line). Keys without
 * their own id (PEM/seed) take the pinned key id, so signatures name the id users have in their `.pub`.
 */
function keys_checkKeyPin(key, expected) {
    if (expected === undefined || expected === '')
        return key;
    let pin;
    try {
        pin = typeof expected === 'string' ? format_parsePublicKey(expected) : expected;
    }
    catch (err) {
        throw (0,errors/* fieldError */.$i)('public-key', `is malformed: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (!pin.publicKey.equals(key.publicKey)) {
        throw (0,errors/* fieldError */.$i)('public-key', `is ${pin.keyIdHex}, but the private key does not belong to the expected public key: its public key is ${key.publicKeyBase64}. Check {{private-key}} and {{public-key}}.`);
    }
    if (!pin.keyId.equals(key.keyId)) {
        if (key.source === 'minisign')
            throw (0,errors/* fieldError */.$i)('public-key', `has key id ${pin.keyIdHex} but the minisign secret key has key id ${key.keyIdHex}.`);
        return makeKey(key.privateKey, pin.keyId, key.source);
    }
    return key;
}
/** Generates a minisign key pair; with a password the secret key is scrypt-encrypted (minisign's default limits unless given). */
async function generateKeyPair(password, opts = {}) {
    const seed = randomBytes(32);
    const keyId = opts.keyId ?? randomBytes(8);
    const publicKey = publicKeyFromSeed(seed);
    let secretKey;
    if (password) {
        const salt = randomBytes(32);
        const opslimit = opts.opslimit ?? MINISIGN_OPSLIMIT;
        const memlimit = opts.memlimit ?? MINISIGN_MEMLIMIT;
        const stream = await scryptStream(password, salt, opslimit, memlimit);
        secretKey = sealSecretKey({ keyId, seed, publicKey }, { salt, opslimit, memlimit, stream });
        stream.fill(0);
    }
    else {
        secretKey = sealSecretKey({ keyId, seed, publicKey });
    }
    seed.fill(0);
    return { publicKey: formatPublicKey(keyId, publicKey), secretKey, keyIdHex: toKeyIdHex(keyId) };
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/signing/minisign/hash-pool.ts
/**
 * File digests for signing: BLAKE2b-512 (the `ED` prehash) and, when checksums are on, SHA-256 from the same
 * single read, on worker threads (one file per worker) or on the main thread.
 */


/**
 * Self-contained worker body (eval'd, so it survives bundling): the same single read as fs.ts hashFile
 * (1 MiB reads into reused buffers, every requested hash fed from the same bytes), double-buffered so the
 * next read runs while this chunk is hashed. No per-chunk allocation: memory does not grow with file size.
 */
const WORKER_SOURCE = (/* unused pure expression or super */ null && (`
const { parentPort } = require('node:worker_threads');
const { open } = require('node:fs/promises');
const { createHash } = require('node:crypto');
parentPort.on('message', async ({ id, path, algos, chunk }) => {
  let fh;
  try {
    const hs = algos.map((a) => createHash(a));
    let size = 0;
    fh = await open(path, 'r');
    let cur = Buffer.allocUnsafe(chunk);
    let next = Buffer.allocUnsafe(chunk);
    let pending = fh.read(cur, 0, chunk, null);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const data = bytesRead === chunk ? cur : cur.subarray(0, bytesRead);
      [cur, next] = [next, cur];
      pending = fh.read(cur, 0, chunk, null);
      size += bytesRead;
      for (const h of hs) h.update(data);
    }
    const out = { id, size };
    algos.forEach((a, i) => { out[a] = hs[i].digest('hex'); });
    parentPort.postMessage(out);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  } finally {
    if (fh) await fh.close().catch(() => {});
  }
});
`));
class hash_pool_HashPool {
    workers = [];
    idle = [];
    queue = [];
    seq = 0;
    constructor(size) {
        for (let i = 0; i < size; i++) {
            const w = new Worker(WORKER_SOURCE, { eval: true });
            this.workers.push(w);
            this.idle.push(w);
        }
    }
    async acquire() {
        const w = this.idle.pop();
        if (w)
            return w;
        await new Promise((res) => this.queue.push(res));
        return this.acquire();
    }
    release(w) {
        this.idle.push(w);
        this.queue.shift()?.();
    }
    async hash(path, withSha256) {
        const w = await this.acquire();
        const id = ++this.seq;
        try {
            return await new Promise((res, rej) => {
                const onMessage = (m) => {
                    if (m.id !== id)
                        return;
                    cleanup();
                    if (m.error)
                        rej(new Error(m.error));
                    else
                        res({ size: m.size, blake2b512: m.blake2b512, sha256: m.sha256 });
                };
                const onError = (e) => (cleanup(), rej(e));
                const cleanup = () => {
                    w.off('message', onMessage);
                    w.off('error', onError);
                };
                w.on('message', onMessage);
                w.on('error', onError);
                w.postMessage({ id, path, algos: withSha256 ? ['blake2b512', 'sha256'] : ['blake2b512'], chunk: READ_CHUNK });
            });
        }
        finally {
            this.release(w);
        }
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
async function hash_pool_hashOnMainThread(path, withSha256) {
    return withSha256 ? await hashFile(path, ['blake2b512', 'sha256']) : await hashFile(path, ['blake2b512']);
}

;// CONCATENATED MODULE: ./src/signing/minisign/sign-file.ts
/**
 * Signing one file or buffer: `.minisig` text (prehashed `ED`, streamed; or legacy `Ed`) and `format: raw`.
 * Legacy `Ed` and raw signing need the whole file in memory (Node's Ed25519 signs one-shot, in constant
 * time): files above RAW_SIZE_LIMIT are refused with the fix. Verification has no such limit (./verify.ts).
 */





/** Largest file signed in `raw` format or legacy `Ed` (Node's Ed25519 signs one-shot: the file must be in memory). */
const RAW_SIZE_LIMIT = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/** The whole file, refused above RAW_SIZE_LIMIT with the fix. */
async function sign_file_readBounded(path, what) {
    const s = await stat(path).catch((err) => {
        throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
    });
    if (s.size > RAW_SIZE_LIMIT) {
        throw new RelforgeError(`${path} is ${s.size} bytes, above the ${RAW_SIZE_LIMIT / 1024 / 1024} MiB limit for ${what}: Ed25519 signing over raw bytes needs the whole file in memory. ` +
            'Use the default minisign format (prehashed "ED", streamed; minisign -S) for large files.');
    }
    return await readFile(path).catch((err) => {
        throw new RelforgeError(`Could not read ${path}: ${errorMessage(err)}`);
    });
}
/** Signs one file; returns the `.minisig` text and the file's digests (one streamed read for `ED`). */
async function signFile(path, key, opts) {
    if ((opts.algorithm ?? 'ED') === 'Ed') {
        const data = await sign_file_readBounded(path, 'legacy "Ed" signatures');
        const signature = signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: 'Ed' });
        return {
            signature,
            size: data.length,
            sha256: createHash('sha256').update(data).digest('hex'),
            blake2b512: createHash('blake2b512').update(data).digest('hex'),
        };
    }
    const d = await hashOnMainThread(path, true);
    const signature = signPrehashed(key.privateKey, key.keyId, Buffer.from(d.blake2b512, 'hex'), opts);
    return { signature, sha256: d.sha256, size: d.size, blake2b512: d.blake2b512 };
}
function signBuffer(data, key, opts) {
    return format_signMessage(key.privateKey, key.keyId, data, { ...opts, algorithm: opts.algorithm ?? 'ED' });
}
/** `format: raw`: base64 of the 64-byte Ed25519 signature over the raw bytes (Go's `ed25519.Verify`, Sparkle). */
function sign_file_signRaw(data, key) {
    return sign(null, data, key.privateKey).toString('base64');
}

// EXTERNAL MODULE: ./src/git/release-time.ts + 3 modules
var release_time = __nccwpck_require__(7218);
;// CONCATENATED MODULE: ./src/signing/staged-write.ts
/**
 * The signers' one write sequence (design.md "Signers"): write every output to a temporary file next to its
 * target → verify the temporary files independently → commit (rename each into place) or roll back.
 *
 *   const result = await stagedWrite({
 *     write: async (stage) => { await writeFile(stage.temp(target), text, { flag: 'wx' }); return … },
 *     verify: async (result, stage) => { …read stage.temp(target) back and check it… },
 *   });
 *
 * Temporary files live in the target's folder, so the commit is a rename on one file system. A target that
 * existed is moved aside first and put back if a later rename fails, so a failure at any step leaves every
 * target as it was (no half-signed set, no lost earlier signature). Targets marked `keep` are left untouched
 * (an existing output that already verifies; see the Ed25519 signer's re-run rule).
 */





/** Names of the temporary files (and moved-aside targets) a run may leave behind when it is killed. */
const staged_write_STAGED_NAME = /\.relforge-tmp-\d+-[0-9a-f]{8}(?:\.old)?$/;
class StageImpl {
    entries = new Map();
    tag = `.relforge-tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    temp(target) {
        let e = this.entries.get(target);
        if (!e) {
            e = { target, temp: join(dirname(target), `.${basename(target)}${this.tag}`), keep: false };
            this.entries.set(target, e);
        }
        return e.temp;
    }
    keep(target) {
        this.temp(target);
        this.entries.get(target).keep = true;
    }
    current(target) {
        const e = this.entries.get(target);
        return e && !e.keep ? e.temp : target;
    }
    backup(target) {
        return join(dirname(target), `.${basename(target)}${this.tag}.old`);
    }
}
/** Runs write → verify → commit; on any failure removes the temporary files and restores every target. */
async function staged_write_stagedWrite(steps, opts = {}) {
    const stage = new StageImpl();
    try {
        const result = await steps.write(stage);
        await steps.verify(result, stage);
        await commit(stage, steps, opts);
        return result;
    }
    finally {
        for (const e of stage.entries.values())
            await rm(e.temp, { force: true }).catch(() => { });
    }
}
async function commit(stage, steps, opts) {
    const done = [];
    try {
        for (const entry of stage.entries.values()) {
            if (entry.keep)
                continue;
            const mode = steps.mode?.(entry.target);
            if (mode !== undefined)
                await chmod(entry.temp, mode);
            const backup = existsSync(entry.target) ? stage.backup(entry.target) : undefined;
            if (backup)
                await rename(entry.target, backup);
            done.push({ entry, backup });
            await rename(entry.temp, entry.target);
        }
    }
    catch (err) {
        await rollBack(done, opts);
        throw err instanceof RelforgeError ? err : new RelforgeError(`Could not move the verified outputs into place: ${errorMessage(err)}. Every target was restored.`, { cause: err });
    }
    for (const d of done)
        if (d.backup)
            await rm(d.backup, { force: true }).catch(() => { });
}
async function rollBack(done, opts) {
    for (const { entry, backup } of done.reverse()) {
        try {
            if (backup)
                await rename(backup, entry.target);
            else
                await rm(entry.target, { force: true });
        }
        catch (err) {
            opts.log?.(`could not restore ${entry.target}: ${errorMessage(err)}${backup ? ` (its earlier content is in ${backup})` : ''}`);
        }
    }
    if (done.length)
        opts.log?.(`restored the ${done.length} file(s) this run had replaced`);
}

;// CONCATENATED MODULE: ./src/signing/minisign/sign-files.ts
/**
 * signFiles: the sign-ed25519 action's (and `relforge sign`'s) operation, fail-closed. Shape (design.md
 * "Signers"): prepare (load + pin-check the key, before any file is read) → sign into temporary files →
 * verify each signature independently against the file on disk → commit (../staged-write.ts). Any failure
 * leaves every signature and checksum file as it was before the run.
 *
 * Re-runs change nothing: the trusted comment's timestamp comes from SOURCE_DATE_EPOCH, else the commit time of
 * HEAD, not the clock; and an existing signature that verifies the same bytes with the pinned key and carries the
 * same comment (version, file, platform) keeps its timestamp. Ed25519 is deterministic, so a re-run writes
 * byte-identical `.minisig` files and SHA256SUMS (and leaves them untouched on disk).
 */

















/**
 * Signs every file fail-closed. Returns only when every signature (and SHA256SUMS with its signature)
 * is written and verified; otherwise throws, leaving every signature and checksum file as it was.
 */
async function signFiles(settings) {
    const p = await prepare(settings);
    const cwd = resolve(settings.cwd ?? process.cwd());
    const { plan, sumsPath } = await planOutputs(p, cwd);
    const workers = p.format === 'minisign' && p.algorithm === 'ED' ? Math.min(settings.workers ?? Math.min(2, availableParallelism()), plan.length) : 0;
    const pool = workers > 0 ? new HashPool(workers) : undefined;
    const unchanged = [];
    try {
        const written = await stagedWrite({
            write: async (stage) => {
                const signed = await signAll(p, plan, stage, pool, unchanged);
                return { signed, sums: sumsPath ? await writeChecksums(p, signed, sumsPath, stage, unchanged) : undefined };
            },
            verify: async (w, stage) => verifyWritten(p, w, stage),
        }, { log: p.log });
        return {
            signatures: written.signed.map((x) => ({ file: x.file, signature: x.target, sha256: x.sha256, size: x.size, keyId: p.key.keyIdHex })),
            publicKey: p.key.publicKeyText,
            keyId: p.key.keyIdHex,
            checksumsFile: written.sums?.path,
            checksumsSignature: written.sums?.sigPath,
            format: p.format,
            algorithm: p.algorithm,
            timestamp: p.timestamp,
            timestampSource: p.timestampSource,
            unchanged,
        };
    }
    catch (err) {
        throw err instanceof RelforgeError ? err : new RelforgeError(`Signing failed: ${errorMessage(err)}`, { cause: err });
    }
    finally {
        await pool?.close();
    }
}
async function prepare(s) {
    const log = s.log ?? (() => { });
    const format = s.format ?? 'minisign';
    const algorithm = s.algorithm ?? 'ED';
    if (format !== 'minisign' && format !== 'raw')
        throw fieldError('format', `must be minisign or raw, got "${String(format)}".`);
    if (algorithm !== 'ED' && algorithm !== 'Ed')
        throw fieldError('algorithm', `must be ED (prehashed, default) or Ed (legacy), got "${String(algorithm)}".`);
    // Key first, before any file is read.
    const key = checkKeyPin(s.key ?? (await loadSigningKey(s.privateKey ?? '', s.password)), s.publicKey);
    const pinned = parsePublicKey(s.publicKey || key.publicKeyText);
    const { timestamp, source } = await resolveTimestamp(s, log);
    // Template check once, so a bad comment or value fails before reading files.
    renderComment(s.trustedComment, { version: s.version, file: 'x', platform: s.platform === 'none' ? undefined : s.platform, timestamp });
    if (s.trustedComment && s.version && !/version:/.test(s.trustedComment)) {
        log(`warning: the trusted-comment has no "version:" field, so verifiers cannot bind signatures to version ${s.version}.`);
    }
    return { s, log, format, algorithm, ext: format === 'raw' ? '.sig' : '.minisig', key, pinned, timestamp, timestampSource: source, checksums: s.checksums ?? true };
}
/**
 * The {timestamp}: the setting, else SOURCE_DATE_EPOCH, else the commit time of HEAD (so a re-run of the same
 * commit signs identically), else the clock (with a note: re-runs will then differ).
 */
async function resolveTimestamp(s, log = () => { }) {
    const given = s.timestamp ?? s.now;
    if (given !== undefined)
        return { timestamp: given, source: 'setting' };
    const t = await releaseTime({ env: s.env, cwd: s.cwd, rev: 'HEAD' });
    if (t)
        return { timestamp: t.seconds, source: t.source };
    log('note: no SOURCE_DATE_EPOCH and no git commit here: the trusted comments take their timestamp from the clock, so a re-run signs differently.');
    return { timestamp: Math.floor(Date.now() / 1000), source: 'clock' };
}
async function planOutputs(p, cwd) {
    const { s, ext } = p;
    const files = await expandFiles(s.files, { cwd, inputName: 'files', allowOutsideWorkspace: s.allowOutsideWorkspace, allowOption: 'allow-outside-workspace', env: s.env });
    const outDir = s.outputDir ? resolve(cwd, s.outputDir) : undefined;
    if (outDir)
        await mkdir(outDir, { recursive: true });
    const sumsPath = p.checksums ? join(outDir ?? dirname(files[0]), 'SHA256SUMS') : undefined;
    // Re-runs over a glob like dist/* must not sign our own outputs.
    const set = new Set(files);
    const inputs = files.filter((f) => {
        const own = STAGED_NAME.test(f) ||
            f === sumsPath ||
            (sumsPath !== undefined && f === sumsPath + ext) ||
            (f.endsWith(ext) && set.has(f.slice(0, -ext.length))) ||
            (outDir !== undefined && f.endsWith(ext) && dirname(f) === outDir);
        if (own)
            p.log(`skipping ${f}: it is an output of this action (signature, checksum or temporary file)`);
        return !own;
    });
    if (inputs.length === 0)
        throw fieldError('files', 'matched only signature or checksum files from an earlier run; nothing to sign.');
    const targets = new Set();
    const plan = inputs.map((file) => {
        const name = basename(file);
        const target = join(outDir ?? dirname(file), name + ext);
        if (targets.has(target))
            throw fieldError('files', `has two files that would write the same signature ${target}: give files with distinct names or drop {{output-dir}}.`);
        targets.add(target);
        return { file, name, target };
    });
    return { plan, sumsPath };
}
async function signAll(p, plan, stage, pool, unchanged) {
    const signed = new Map();
    const one = async (x) => {
        const existing = await readSmall(x.target);
        const r = await signOne(p, x, existing, pool);
        signed.set(x.file, r);
        if (r.text === existing) {
            stage.keep(x.target);
            unchanged.push(x.target);
        }
        else {
            await writeFile(stage.temp(x.target), r.text, { flag: 'wx' });
        }
    };
    if (pool) {
        // Largest first, so two workers finish together. Wait for every job (even after a failure) so that no job
        // writes a temp file after the rollback has run.
        const sizes = new Map();
        for (const x of plan)
            sizes.set(x.file, Number((await fingerprint(x.file).catch(() => ({ size: 0n }))).size));
        const order = [...plan].sort((a, b) => sizes.get(b.file) - sizes.get(a.file));
        const outcomes = await Promise.allSettled(order.map(one));
        const failed = outcomes.find((o) => o.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
    else {
        // One file at a time: raw/Ed hold a whole file in memory, and main-thread hashing gains nothing from overlap.
        for (const x of plan)
            await one(x);
    }
    return plan.map((x) => signed.get(x.file));
}
/** Signs one file; `existing` is the target's current text (an earlier run's signature), if any. */
async function signOne(p, x, existing, pool) {
    const before = await fingerprint(x.file).catch((err) => {
        throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
    });
    const fields = { version: p.s.version, file: x.name, platform: platformOf(x.name, p.s.platform), timestamp: p.timestamp };
    if (p.format === 'raw' || p.algorithm === 'Ed') {
        const data = await readBounded(x.file, p.format === 'raw' ? 'format: raw' : 'legacy "Ed" signatures');
        const sha256 = p.checksums ? createHash('sha256').update(data).digest('hex') : null;
        if (p.format === 'raw')
            return { ...x, text: signRaw(data, p.key) + '\n', sha256, size: data.length, before };
        const comment = reusableComment(p, existing, fields, { data });
        const text = signMessage(p.key.privateKey, p.key.keyId, data, { algorithm: 'Ed', trustedComment: comment, untrustedComment: p.s.untrustedComment });
        return { ...x, text, sha256, size: data.length, before };
    }
    let d;
    try {
        d = pool ? await pool.hash(x.file, p.checksums) : await hashOnMainThread(x.file, p.checksums);
    }
    catch (err) {
        throw new RelforgeError(`Could not read ${x.file}: ${errorMessage(err)}`);
    }
    const digest = Buffer.from(d.blake2b512, 'hex');
    const comment = reusableComment(p, existing, fields, { digest });
    const text = signPrehashed(p.key.privateKey, p.key.keyId, digest, { trustedComment: comment, untrustedComment: p.s.untrustedComment });
    return { ...x, text, sha256: d.sha256 ?? null, size: d.size, digest, before };
}
/**
 * The trusted comment for a target. When the target already holds a signature (`existing`, its text) that verifies
 * these bytes with the pinned key and says the same thing except possibly the timestamp, its timestamp is kept:
 * re-running a successful signing step then produces the same bytes.
 */
function reusableComment(p, existing, fields, message) {
    const fresh = renderComment(p.s.trustedComment, fields);
    if (existing === undefined)
        return fresh;
    try {
        const sig = parseSignature(existing);
        if (sig.algorithm !== p.algorithm)
            return fresh;
        verifySignature(sig, p.pinned, message);
        const ts = commentTimestamp(sig.trustedComment);
        if (ts === undefined || ts === fields.timestamp)
            return fresh;
        const same = renderComment(p.s.trustedComment, { ...fields, timestamp: ts });
        return same === sig.trustedComment ? same : fresh;
    }
    catch {
        return fresh; // not a valid signature of these bytes by this key: replaced
    }
}
async function writeChecksums(p, signed, sumsPath, stage, unchanged) {
    const sumsDir = dirname(sumsPath);
    const data = Buffer.from(formatChecksums(signed.map((x) => ({ name: relative(sumsDir, x.file).split(sep).join('/'), sha256: x.sha256 }))), 'utf8');
    const sigPath = sumsPath + p.ext;
    const fields = { version: p.s.version, file: 'SHA256SUMS', platform: p.s.platform === 'none' ? undefined : p.s.platform, timestamp: p.timestamp };
    const oldSig = await readSmall(sigPath);
    const sigText = p.format === 'raw'
        ? signRaw(data, p.key) + '\n'
        : signMessage(p.key.privateKey, p.key.keyId, data, {
            algorithm: p.algorithm,
            trustedComment: reusableComment(p, oldSig, fields, { data }),
            untrustedComment: p.s.untrustedComment,
        });
    const outputs = [
        [sumsPath, data, await readSmall(sumsPath, 64 * 1024 * 1024)],
        [sigPath, Buffer.from(sigText), oldSig],
    ];
    for (const [path, content, old] of outputs) {
        if (old !== undefined && Buffer.from(old).equals(content)) {
            stage.keep(path);
            unchanged.push(path);
        }
        else {
            await writeFile(stage.temp(path), content, { flag: 'wx' });
        }
    }
    return { path: sumsPath, sigPath, data, sigText };
}
/** Verify-after-sign: each written signature read back and checked with the pinned key; inputs unchanged. */
async function verifyWritten(p, w, stage) {
    const read = (target) => readFile(stage.current(target), 'utf8');
    for (const x of w.signed) {
        const text = await read(x.target);
        const after = await fingerprint(x.file);
        if (!sameFingerprint(x.before, after) || Number(after.size) !== x.size) {
            throw new RelforgeError(`${x.file} changed while it was being signed (size, mtime or inode differ): nothing was published; re-run the step.`);
        }
        try {
            if (p.format === 'raw')
                await verifyRawFile(x.file, text.trim(), p.pinned.publicKey);
            else if (p.s.reread || p.algorithm === 'Ed')
                await verifyFile(x.file, text, p.pinned);
            else
                verifySignature(parseSignature(text), p.pinned, { digest: x.digest });
        }
        catch (err) {
            throw new RelforgeError(`Verify-after-sign failed for ${x.file}: ${errorMessage(err)} Nothing was published.`, { cause: err });
        }
    }
    if (!w.sums)
        return;
    const onDisk = Buffer.from(await read(w.sums.path));
    const sigText = await read(w.sums.sigPath);
    try {
        if (!onDisk.equals(w.sums.data))
            throw new RelforgeError('the file on disk differs from what was written.');
        if (p.format === 'raw')
            await verifyRawFile(stage.current(w.sums.path), sigText.trim(), p.pinned.publicKey);
        else
            verifyBuffer(onDisk, sigText, p.pinned);
    }
    catch (err) {
        throw new RelforgeError(`Verify-after-sign failed for SHA256SUMS: ${errorMessage(err)}`, { cause: err });
    }
}
/** A small existing output's text, or undefined when there is none (or it is too large to be one of ours). */
async function readSmall(path, max = 64 * 1024) {
    try {
        const s = await stat(path);
        if (!s.isFile() || s.size > max)
            return undefined;
        return await readFile(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The `platform:` of a file: the `platform` setting when given (`none` leaves the field out), else inferred from
 * the file name with the packages alias table (`agent-linux-amd64` → `linux-x86_64`); unknown → left out.
 */
function platformOf(name, setting) {
    if (setting === 'none')
        return undefined;
    if (setting)
        return setting;
    try {
        return formatPlatform(inferPlatform(name));
    }
    catch {
        return undefined;
    }
}
function renderComment(template, fields) {
    try {
        return sanitizeComment(renderTrustedComment(template, fields), 'trusted');
    }
    catch (err) {
        throw new RelforgeError(errorMessage(err), { cause: err });
    }
}
async function fingerprint(path) {
    const s = await stat(path, { bigint: true });
    if (!s.isFile())
        throw new RelforgeError(`${path} is not a regular file.`);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs };
}
const sameFingerprint = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

;// CONCATENATED MODULE: ./src/signing/minisign/signer.ts
/**
 * The Ed25519 (minisign format) signer and verifier, one import for the library API and the packages code:
 *   ./keys.ts        loadSigningKey, checkKeyPin, generateKeyPair, derivedKeyId
 *   ./sign-file.ts   signFile, signBuffer, signRaw, RAW_SIZE_LIMIT (legacy `Ed` / raw signing in memory)
 *   ./verify.ts      verifyFile, verifyBuffer, verifyRawFile, legacyMessage (every algorithm in bounded memory)
 *   ./sign-files.ts  signFiles: the sign-ed25519 operation (fail-closed, reproducible, SHA256SUMS)
 *   ./options.ts     the option schemas of sign-ed25519 / verify / keygen and their mapping to settings
 *   ./core/          the formats (pure)
 */






;// CONCATENATED MODULE: ./src/packages/summary.ts
/** The `packages` output: one object per package. */
function packagesOutput(m) {
    return m.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256, url: p.url }));
}
const mdCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderUploadSummary(res, target) {
    const m = res.manifest;
    const lines = [
        `## ${res.dryRun ? 'Dry run: ' : ''}${mdCell(m.product)} ${m.version} (${m.channel}) → ${target}`,
        '',
        `Manifest: ${res.dryRun ? `\`${res.manifestPath}\` (not uploaded)` : `${res.manifestUrl} (signed, in one file: ${res.signedManifestUrl})`} · key \`${m.keyId}\` · created ${m.created} · ${m.packages.length} package(s)`,
        '',
        '| platform | file | size | sha256 | url |',
        '|---|---|---:|---|---|',
        ...m.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256.slice(0, 16)}…\` | ${mdCell(p.url)} |`),
        '',
        '| file | outcome | verified by |',
        '|---|---|---|',
        ...res.files.map((f) => `| ${mdCell(f.name)} | ${f.outcome} | ${f.verifiedBy ?? '—'} |`),
        '',
    ];
    return lines.join('\n');
}
function renderStageSummary(product, version, r) {
    return [
        `## Staged ${mdCell(product)} ${version}: ${r.packages.map((p) => p.platform).join(', ')}`,
        '',
        `Fragment \`${r.fragmentPath}\` — upload \`${r.dir}\` as an artifact; the merge job publishes every fragment at once.`,
        '',
        '| platform | file | size | sha256 |',
        '|---|---|---:|---|',
        ...r.packages.map((p) => `| ${p.platform} | ${mdCell(p.file)} | ${p.size} | \`${p.sha256}\` |`),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/packages/upload-packages.ts
/**
 * upload-packages: a complete, signed, per-platform package set for update servers.
 *
 *   collect  packages input (glob list or `platform: file` map) or matrix fragments (sources.ts, stage.ts)
 *   verify   every package: `<file>.minisig` by the pinned key (one streamed read: sha256 + BLAKE2b-512),
 *            signed version/platform (when the trusted comment names them) equal to ours,
 *            one file per platform, every required platform present
 *   sign     manifest.json (relforge.packages/v1) with a trusted comment binding product/version/channel;
 *            `created` from SOURCE_DATE_EPOCH or the commit time, so a re-run signs identical bytes; the
 *            signature is verified against the pinned key before anything is uploaded
 *   upload   through one PackageTarget (targets/): the order is decided here, for every target —
 *            1. the live manifest is inspected; identical ⇒ the set is already published (nothing is rewritten);
 *               different ⇒ the live set files are taken down first, manifest.json first, so no client follows an
 *               old manifest to replaced packages, or sees a new manifest beside an old signature;
 *            2. packages + their .minisig, each uploaded unless already there and read back;
 *            3. latest.json, manifest.json.minisig, manifest.signed.json, then manifest.json — LAST (invariant 4),
 *               one at a time, each read back before the next.
 *
 * Fail-closed (issue §3): any doubt throws a RelforgeError before the manifest is uploaded.
 */

















const TAURI_FILE = 'latest.json';
/** The operation behind the action (stage: false) and `relforge upload-packages`. */
async function uploadPackages(s) {
    const log = s.log ?? (() => { });
    const { r, template } = checkSettings(s, log);
    const created = await manifestCreated({ created: s.created, commit: r.commit, cwd: s.cwd, log });
    // Key first: a wrong or unpinned key fails before any package is read.
    const key = keys_checkKeyPin(s.key ?? (await keys_loadSigningKey(s.privateKey, s.password)), r.pin);
    const packages = await verifyLocalPackages(s.packages, { publicKey: r.pin, product: r.product, version: r.version, requirePlatforms: s.requirePlatforms, authenticode: s.authenticode, log });
    const outDir = (0,external_node_path_.resolve)(s.outDir);
    const { planned, entries } = await planPackages(r, packages, template, s.target, outDir);
    const manifest = {
        schema: MANIFEST_SCHEMA,
        product: r.product,
        version: r.version,
        channel: r.channel,
        commit: r.commit,
        created,
        ...(s.expiresIn ? { expires: expiryFrom(created, s.expiresIn) } : {}),
        keyId: r.pin.keyIdHex,
        packages: entries,
    };
    const setFiles = await writeSetFiles(manifest, key, r, s, template, outDir);
    for (const f of setFiles) {
        if (planned.some((p) => s.target.destination(p) === s.target.destination(f) || (s.target.flatNamespace && p.name === f.name))) {
            throw new errors/* RelforgeError */.fY(`A package would overwrite ${f.name} (same URL or name): rename that package.`);
        }
    }
    const byName = (n) => setFiles.find((f) => f.name === n);
    const result = {
        manifest,
        manifestPath: byName(MANIFEST_FILE).path,
        manifestSignaturePath: byName(`${MANIFEST_FILE}${SIG_SUFFIX}`).path,
        manifestUrl: byName(MANIFEST_FILE).publicUrl,
        signedManifestPath: byName(SIGNED_MANIFEST_FILE).path,
        signedManifestUrl: byName(SIGNED_MANIFEST_FILE).publicUrl,
        tauriPath: byName(TAURI_FILE)?.path,
        tauriUrl: byName(TAURI_FILE)?.publicUrl,
        files: [],
        dryRun: !!s.dryRun,
    };
    if (s.dryRun) {
        for (const f of [...planned, ...setFiles])
            result.files.push({ name: f.name, url: s.target.destination(f), outcome: 'planned' });
        log(`dry run: ${packages.length} package(s) verified, manifest signed (${result.manifestPath}); nothing uploaded.`);
        return result;
    }
    result.files = await publishSet(s.target, planned, setFiles, log);
    log(`published ${packages.length} package(s) of ${r.product} ${r.version} (${r.channel}); manifest ${result.manifestUrl}`);
    return result;
}
/** Every settings problem by field (target, URLs, key, common settings), before any file is read. */
function checkSettings(s, log) {
    const problems = new errors/* Problems */.Zw();
    if (!s.target || typeof s.target.bind !== 'function')
        throw new errors/* RelforgeError */.fY('uploadPackages needs a target: httpTarget(…), giteaGenericTarget(…) or releaseTarget(…).');
    const bound = s.target.bind({ product: s.product, version: normalizeVersion(s.version ?? '') ?? s.version, dryRun: !!s.dryRun, log });
    for (const p of bound.problems)
        problems.add(p.field ?? 'target', p.message);
    if (s.baseUrl)
        for (const p of templateProblems(s.baseUrl, 'base-url'))
            problems.add(p.field, p.message);
    if (!s.key && !s.privateKey)
        problems.add('private-key', 'is required to sign the manifest (a minisign secret key whose public key is the pinned public-key).');
    const durationProblem = s.expiresIn ? expiresInProblem(s.expiresIn) : undefined;
    if (durationProblem)
        problems.add('expires-in', durationProblem);
    const r = resolveCommon(s, problems);
    return { r, template: s.baseUrl ?? bound.downloadTemplate };
}
const sha256Hex = (b) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(b).digest('hex');
/** Manifest entries and the package files to upload (each package and its .minisig, written under outDir/signatures). */
async function planPackages(r, packages, template, target, outDir) {
    const planned = [];
    const entries = [];
    for (const p of packages) {
        const values = urlValues(r, p.platform, p.file);
        const url = urls_expand(template, values);
        entries.push({
            platform: p.platform,
            file: p.file,
            size: p.size,
            sha256: p.sha256,
            url,
            signatures: p.authenticodeSubject ? { minisign: p.signature, authenticode: { subject: p.authenticodeSubject } } : { minisign: p.signature },
        });
        planned.push({ name: p.file, path: p.path, size: p.size, sha256: p.sha256, publicUrl: url, platform: p.platform, values });
        const sigName = `${p.file}${SIG_SUFFIX}`;
        const sigPath = (0,external_node_path_.join)(outDir, 'signatures', p.platform, sigName);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(outDir, 'signatures', p.platform), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(sigPath, p.signature);
        const sigValues = urlValues(r, p.platform, sigName);
        planned.push({ name: sigName, path: sigPath, size: Buffer.byteLength(p.signature), sha256: sha256Hex(p.signature), publicUrl: urls_expand(template, sigValues), platform: p.platform, values: sigValues });
    }
    // Names and URLs must be distinct (the registry and release targets are flat namespaces).
    const problems = [];
    const seenUrl = new Map();
    const seenName = new Set();
    for (const f of planned) {
        const where = target.destination(f);
        if (seenUrl.has(where))
            problems.push(`${f.name} and ${seenUrl.get(where)} would go to the same URL ${where}: add {platform} to the URL template or give the files distinct names.`);
        seenUrl.set(where, f.name);
        if (target.flatNamespace && seenName.has(f.name))
            problems.push(`Two packages are named ${f.name}: target ${target.kind} stores files in one flat namespace; give each platform's file a distinct name.`);
        seenName.add(f.name);
    }
    if (problems.length)
        throw new errors/* RelforgeError */.fY(problems.join('\n'));
    return { planned, entries };
}
/**
 * Serializes, signs and self-verifies the manifest; writes manifest.json, its .minisig, manifest.signed.json and
 * (tauri) latest.json into outDir. Returns the set files in upload order (manifest.json last).
 */
async function writeSetFiles(manifest, key, r, s, template, outDir) {
    let manifestText;
    let tauriText;
    try {
        manifestText = serializeManifest(manifest);
        if (s.tauri)
            tauriText = serializeTauriLatest(toTauriLatest(manifest, { notes: s.notes }));
    }
    catch (err) {
        throw (0,errors/* asUserError */.Yl)(err);
    }
    const manifestBytes = Buffer.from(manifestText, 'utf8');
    const signature = signBuffer(manifestBytes, key, { trustedComment: manifestTrustedComment(manifest), untrustedComment: `relforge package manifest ${r.product} ${r.version} (${r.channel})` });
    const check = verify_verifyBuffer(manifestBytes, signature, r.pin);
    const tcProblems = trustedCommentProblems(check.trustedComment, manifest);
    if (tcProblems.length)
        throw new errors/* RelforgeError */.fY(`Internal: the manifest signature does not bind the manifest: ${tcProblems.join('; ')}`);
    await (0,promises_namespaceObject.mkdir)(outDir, { recursive: true });
    const contents = [
        ...(tauriText !== undefined ? [[TAURI_FILE, tauriText]] : []),
        [`${MANIFEST_FILE}${SIG_SUFFIX}`, signature],
        [SIGNED_MANIFEST_FILE, serializeSignedManifest({ manifest: manifestText, minisign: signature })],
        [MANIFEST_FILE, manifestText],
    ];
    const setTemplate = setLevelTemplate(template);
    const files = [];
    for (const [name, text] of contents) {
        const path = (0,external_node_path_.join)(outDir, name);
        await (0,promises_namespaceObject.writeFile)(path, text);
        const values = urlValues(r, undefined, name);
        files.push({ name, path, size: Buffer.byteLength(text), sha256: sha256Hex(text), publicUrl: urls_expand(setTemplate, values), values });
    }
    return files;
}
/**
 * The one publish order, for every target. `setFiles` are in upload order with manifest.json last.
 * A replacement (the live manifest differs) takes the live set files down first — manifest.json first — so
 * while packages are replaced no client holds a manifest naming them, and the new signature is in place and
 * read back before the new manifest appears.
 */
async function publishSet(target, packages, setFiles, log) {
    if (!target.replacesLivePackages) {
        const changed = [];
        for (const f of packages)
            if ((await target.inspect(f)) === 'different')
                changed.push(f.name);
        if (changed.length) {
            throw new errors/* RelforgeError */.fY(`The published ${target.kind} already serves ${changed.join(', ')} with other content. A published release is add-only: packages clients may be downloading are never replaced. Publish a new version (or delete the release's assets yourself). Nothing was changed.`);
        }
    }
    const manifest = setFiles[setFiles.length - 1];
    const signed = setFiles.find((f) => f.name === SIGNED_MANIFEST_FILE);
    for (const f of signed ? [manifest, signed] : [manifest]) {
        if ((await target.inspect(f)) !== 'different')
            continue;
        log(`the live ${f.name} differs from this run's: taking the old set down first (clients see no update until the new one is complete)`);
        await target.remove([...setFiles].reverse());
        break;
    }
    const results = await target.put(packages);
    for (const f of setFiles)
        results.push(...(await target.put([f])));
    results.push(...(await target.finish([...packages, ...setFiles])));
    return results;
}

;// CONCATENATED MODULE: ./src/actions/upload-packages.ts
/** actions/upload-packages: inputs (uploadPackagesSchema) → stagePackages | uploadPackages → outputs + step summary. */




void runAction(async () => {
    const v = readInputs(uploadPackagesSchema);
    const req = await uploadPackagesRequest(v, { kind: 'action', cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env, log: log.info });
    if (req.stage) {
        const r = await stagePackages(req.settings);
        setOutputs({
            fragment: r.fragmentPath,
            manifest: '',
            'manifest-url': '',
            'signed-manifest-url': '',
            tauri: '',
            packages: r.packages.map((p) => ({ platform: p.platform, file: p.file, size: p.size, sha256: p.sha256 })),
        });
        await writeSummary(renderStageSummary(req.settings.product, req.settings.version, r));
        return;
    }
    const res = await uploadPackages(req.settings);
    setOutputs({
        manifest: res.manifestPath,
        'manifest-url': res.manifestUrl,
        'signed-manifest-url': res.signedManifestUrl,
        tauri: res.tauriPath ?? '',
        packages: packagesOutput(res.manifest),
        fragment: '',
    });
    await writeSummary(renderUploadSummary(res, req.settings.target.kind));
});

