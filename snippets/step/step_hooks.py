import torch

torch.manual_seed(0)

w = torch.nn.Parameter(torch.tensor([3.0, -4.0]))
optimizer = torch.optim.SGD([w], lr=0.1)
before = {}


def clip_before_step(opt, args, kwargs):  # (1)!
    names = [type(a).__name__ for a in args]
    print(f"  pre-hook:  opt is optimizer {opt is optimizer}, args {names}, kwargs {kwargs}")
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    grad = [round(g, 4) for g in w.grad.tolist()]
    print(f"  pre-hook:  grad after clipping {grad} (norm before: {norm.item():.1f})")
    before["w"] = w.detach().clone()


def report_after_step(opt, args, kwargs):  # (2)!
    update = (w.detach() - before["w"]).tolist()
    grad_mode = torch.is_grad_enabled()
    print(f"  post-hook: update {[round(u, 4) for u in update]}, grad mode on: {grad_mode}")


def closure():
    optimizer.zero_grad()
    loss = (w**2).sum()
    loss.backward()
    return loss


pre_handle = optimizer.register_step_pre_hook(clip_before_step)
post_handle = optimizer.register_step_post_hook(report_after_step)

print("step()")
closure()
optimizer.step()

print("step(closure)")
optimizer.step(closure)  # (3)!

pre_handle.remove()  # (4)!
post_handle.remove()
print("step() after remove()")
closure()
start = w.detach().clone()
optimizer.step()
print(f"  no hook ran; update {[round(u, 4) for u in (w.detach() - start).tolist()]}")
