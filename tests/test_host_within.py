"""common.text.host_within: a host is within a list of domains when it is one of them or a subdomain of one."""

from common.text import host_within

DOMAINS = frozenset({"nature.com", "go.jp", "prtimes.jp"})


def test_a_domain_and_its_subdomains_are_within_and_a_longer_name_is_not():
    assert host_within("nature.com", DOMAINS)
    assert host_within("www.nature.com", DOMAINS)
    assert host_within("www.meti.go.jp", DOMAINS)
    assert not host_within("signature.com", DOMAINS)
    assert not host_within("prtimes.jp.example.com", DOMAINS)
    assert not host_within("", DOMAINS)
