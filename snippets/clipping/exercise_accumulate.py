import torch

torch.manual_seed(0)

mini_batch_gradients = [torch.tensor([3.0, 0.0]), torch.tensor([0.0, 3.0])]


def accumulated_gradient(clip_every_backward):
    w = torch.zeros(2, requires_grad=True)
    for g in mini_batch_gradients:
        (w * g).sum().backward()
        if clip_every_backward:
            torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    if not clip_every_backward:
        torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return [round(v, 4) for v in w.grad.tolist()]


print("clip after every backward():", accumulated_gradient(clip_every_backward=True))
print("clip once, after the last:  ", accumulated_gradient(clip_every_backward=False))
